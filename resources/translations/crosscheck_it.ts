<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>ArticleLibrary</name>
    <message>
        <source>Filter articles…</source>
        <translation>Filtra gli articoli…</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Filtra gli articoli</translation>
    </message>
    <message>
        <source>Article library</source>
        <translation>Elenco degli articoli</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article pane</source>
        <translation>Riquadro dell&apos;articolo</translation>
    </message>
    <message>
        <source>Article shown in this pane</source>
        <translation>Articolo mostrato in questo riquadro</translation>
    </message>
    <message>
        <source>Close this pane (Ctrl+W)</source>
        <translation>Chiudi questo riquadro (Ctrl+W)</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>Chiudi il riquadro</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Dati dell&apos;articolo</translation>
    </message>
    <message>
        <source>Article URL</source>
        <translation>URL dell&apos;articolo</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copia l&apos;URL</translation>
    </message>
    <message>
        <source>Claim coverage in this article</source>
        <translation>Presenza dell&apos;affermazione in questo articolo</translation>
    </message>
    <message>
        <source>Import articles…</source>
        <translation>Importa articoli…</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importa articoli</translation>
    </message>
    <message>
        <source>Choose an article above, or in the Articles panel on the left.</source>
        <translation>Scegli un articolo qui sopra o nel pannello Articoli a sinistra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This project has no articles yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import saved web pages (.html, .mhtml), text or Markdown files, or drop them on the window. Ctrl+Shift+V pastes an article from the clipboard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Questo progetto non ha ancora articoli.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importa pagine web salvate (.html, .mhtml), file di testo o Markdown, oppure trascinali sulla finestra. Ctrl+Shift+V incolla un articolo dagli appunti.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Nessun articolo</translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>Testo dell&apos;articolo</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passaggi</translation>
    </message>
</context>
<context>
    <name>ChartKeys</name>
    <message>
        <source>Click a cell, or press Alt+5 and use the arrow keys: its details appear here.</source>
        <translation>Fai clic su una cella, oppure premi Alt+5 e usa i tasti freccia: qui ne compaiono i dettagli.</translation>
    </message>
</context>
<context>
    <name>ClaimPicker</name>
    <message>
        <source>Type to find a claim, Enter to link</source>
        <translation>Scrivi per trovare un&apos;affermazione, Invio per collegare</translation>
    </message>
    <message>
        <source>Find claim</source>
        <translation>Trova un&apos;affermazione</translation>
    </message>
    <message>
        <source>Claims to link to</source>
        <translation>Affermazioni a cui collegare</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fonti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Verdetto: {verdict}</translation>
    </message>
    <message>
        <source>Sources: {titles}</source>
        <translation>Fonti: {titles}</translation>
    </message>
    <message>
        <source>✎ Being edited by {names}</source>
        <translation>✎ In modifica da parte di {names}</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Filter claims…</source>
        <translation>Filtra le affermazioni…</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtra le affermazioni</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtra per verdetto</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tutti i verdetti</translation>
    </message>
    <message>
        <source>Claims filter</source>
        <translation>Filtro delle affermazioni</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n claim(s) {label} — View → Show all claims (Ctrl+Shift+A) to clear</source>
        <translation>
            <numerusform>Mostrata %n affermazione {label}: Visualizza → Mostra tutte le affermazioni (Ctrl+Shift+A) per togliere il filtro</numerusform>
            <numerusform>Mostrate %n affermazioni {label}: Visualizza → Mostra tutte le affermazioni (Ctrl+Shift+A) per togliere il filtro</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Elimina l&apos;affermazione</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s). What should happen to the linked passages?</source>
        <translation>
            <numerusform>Eliminare l&apos;affermazione? Che cosa fare dei passaggi collegati?</numerusform>
            <numerusform>Eliminare %n affermazioni? Che cosa fare dei passaggi collegati?</numerusform>
        </translation>
    </message>
    <message>
        <source>Either way, Undo brings everything back.</source>
        <translation>In ogni caso, Annulla ripristina tutto.</translation>
    </message>
    <message>
        <source>Keep as unlinked passages</source>
        <translation>Tienili come passaggi non collegati</translation>
    </message>
    <message>
        <source>Delete the passages too</source>
        <translation>Elimina anche i passaggi</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Non chiederlo più</translation>
    </message>
</context>
<context>
    <name>ConnectorSplitter</name>
    <message>
        <source>Connectors between linked passages</source>
        <translation>Collegamenti tra i passaggi collegati</translation>
    </message>
</context>
<context>
    <name>CoverageDock</name>
    <message>
        <source>Coverage</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>The chart is drawn when this panel is shown.</source>
        <translation>Il grafico viene disegnato quando questo pannello è visibile.</translation>
    </message>
    <message>
        <source>carried by {source}</source>
        <translation>riportate da {source}</translation>
    </message>
    <message numerus="yes">
        <source>Claims filtered to %n carried by {source} — View → Show all claims to clear</source>
        <translation>
            <numerusform>Affermazioni filtrate: %n riportata da {source}. Visualizza → Mostra tutte le affermazioni per togliere il filtro</numerusform>
            <numerusform>Affermazioni filtrate: %n riportate da {source}. Visualizza → Mostra tutte le affermazioni per togliere il filtro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Coverage chart</source>
        <translation>Grafico della copertura</translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation>Vista del grafico</translation>
    </message>
    <message>
        <source>Claims × sources</source>
        <translation>Affermazioni × fonti</translation>
    </message>
    <message>
        <source>Per source</source>
        <translation>Per fonte</translation>
    </message>
    <message>
        <source>Group sources by</source>
        <translation>Raggruppa le fonti</translation>
    </message>
    <message>
        <source>One per article</source>
        <translation>Una per articolo</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>Per testata</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>Per lingua</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Salva come PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Salva come SVG…</translation>
    </message>
    <message>
        <source>Copy table as CSV</source>
        <translation>Copia la tabella come CSV</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Nessun progetto</translation>
    </message>
    <message>
        <source>Chart cursor</source>
        <translation>Cursore del grafico</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fonti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) carried; passages: {counts}</source>
        <translation>
            <numerusform>riporta %n affermazione; passaggi: {counts}</numerusform>
            <numerusform>riporta %n affermazioni; passaggi: {counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a tie between %n sources (none is known to be earlier)</source>
        <translation>
            <numerusform>%n fonte a pari merito (nessuna risulta precedente)</numerusform>
            <numerusform>%n fonti a pari merito (nessuna risulta precedente)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no dated source)</source>
        <translation>sconosciuta (nessuna fonte datata)</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Verdetto: {verdict}</translation>
    </message>
    <message>
        <source>First appearance: {source}</source>
        <translation>Prima comparsa: {source}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>Claim: {statement}</source>
        <translation>Affermazione: {statement}</translation>
    </message>
    <message>
        <source>Not carried by this source</source>
        <translation>Non riportata da questa fonte</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>First appearance</source>
        <translation>Prima comparsa</translation>
    </message>
    <message>
        <source>Tied for first appearance</source>
        <translation>Prima comparsa a pari merito</translation>
    </message>
    <message numerus="yes">
        <source>%n supports</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n sostiene</numerusform>
            <numerusform>%n sostengono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n riporta</numerusform>
            <numerusform>%n riportano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refutes</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n smentisce</numerusform>
            <numerusform>%n smentiscono</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Scegli una data</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Scegli una data dal calendario</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export dialog</source>
        <translation>Finestra di esportazione</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato di esportazione</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>File di destinazione</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Scegli il file di destinazione</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Salva &amp;come:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Only the &amp;selected claims ({count})</source>
        <translation>Solo le affermazioni &amp;selezionate ({count})</translation>
    </message>
    <message>
        <source>Only claims with a &amp;verdict</source>
        <translation>Solo le affermazioni con un &amp;verdetto</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Testate</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Lingue:</translation>
    </message>
    <message>
        <source>Outlets:</source>
        <translation>Testate:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etichette:</translation>
    </message>
    <message>
        <source>Nothing ticked in a list means no filter on it.</source>
        <translation>Se in un elenco non è spuntato nulla, quell&apos;elenco non filtra.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Titolo del rapporto</translation>
    </message>
    <message>
        <source>default: the file name</source>
        <translation>predefinito: il nome del file</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>ClaimReview publisher (stored in the project)</source>
        <translation>Editore del ClaimReview (salvato nel progetto)</translation>
    </message>
    <message>
        <source>Publisher name</source>
        <translation>Nome dell&apos;editore</translation>
    </message>
    <message>
        <source>Publisher URL</source>
        <translation>URL dell&apos;editore</translation>
    </message>
    <message>
        <source>Fact-check article URL</source>
        <translation>URL dell&apos;articolo di verifica</translation>
    </message>
    <message>
        <source>https://… ({id} becomes the claim id)</source>
        <translation>https://… ({id} = id dell&apos;affermazione)</translation>
    </message>
    <message>
        <source>Language of the fact-check</source>
        <translation>Lingua della verifica</translation>
    </message>
    <message>
        <source>The verdict names in the ClaimReview follow it</source>
        <translation>I nomi dei verdetti nel ClaimReview seguono questa lingua</translation>
    </message>
    <message>
        <source>Publisher &amp;name:</source>
        <translation>&amp;Nome dell&apos;editore:</translation>
    </message>
    <message>
        <source>Publisher &amp;URL:</source>
        <translation>&amp;URL dell&apos;editore:</translation>
    </message>
    <message>
        <source>&amp;Review URL:</source>
        <translation>URL della ve&amp;rifica:</translation>
    </message>
    <message>
        <source>Verdicts &amp;in:</source>
        <translation>Verdetti &amp;in:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avanzamento dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stato dell&apos;esportazione</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>&amp;Annulla l&apos;esportazione</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Scegli il file in cui esportare.</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} esiste già. Sostituirlo?</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln passage(s) to {name}…</source>
        <translation>
            <numerusform>Esportazione di %Ln passaggio in {name}…</numerusform>
            <numerusform>Esportazione di %Ln passaggi in {name}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Avviso: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover to read them)</source>
        <translation>
            <numerusform>… e un altro (passa sopra col mouse per leggerli)</numerusform>
            <numerusform>… e altri %n (passa sopra col mouse per leggerli)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find…</source>
        <translation>Trova…</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Trova nell&apos;articolo</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Risultato della ricerca</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>Chiudi la ricerca (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Chiudi la ricerca</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>nessun risultato</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} di {total}</translation>
    </message>
</context>
<context>
    <name>HintBanner</name>
    <message>
        <source>Hint</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it works:&lt;/b&gt; select text in an article and press &lt;b&gt;H&lt;/b&gt; to highlight it, &lt;b&gt;N&lt;/b&gt; to make it a new claim, or &lt;b&gt;L&lt;/b&gt; to link it to the claim selected on the right (&lt;b&gt;K&lt;/b&gt; to pick one). Select a claim to line up every article on it. Everything is saved as you go; &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes.</source>
        <translation>&lt;b&gt;Come funziona:&lt;/b&gt; seleziona un testo in un articolo e premi &lt;b&gt;H&lt;/b&gt; per evidenziarlo, &lt;b&gt;N&lt;/b&gt; per farne una nuova affermazione o &lt;b&gt;L&lt;/b&gt; per collegarlo all&apos;affermazione selezionata a destra (&lt;b&gt;K&lt;/b&gt; per sceglierne una). Seleziona un&apos;affermazione per allineare tutti gli articoli su di essa. Tutto viene salvato mentre lavori; &lt;b&gt;Ctrl+Z&lt;/b&gt; annulla.</translation>
    </message>
    <message>
        <source>Your name, recorded with your changes (optional)</source>
        <translation>Il tuo nome, registrato con le tue modifiche (facoltativo)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <source>Dismiss hint</source>
        <translation>Chiudi il suggerimento</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caratteri</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importa articoli</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Anteprima del testo</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Avanzamento della lettura</translation>
    </message>
    <message>
        <source>Reading %v of %m files</source>
        <translation>Lettura: %v di %m file</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Interrompi la lettura</translation>
    </message>
    <message>
        <source>Stop reading files</source>
        <translation>Interrompi la lettura dei file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Reading stopped: the files read so far can still be imported.</source>
        <translation>Lettura interrotta: i file letti finora si possono comunque importare.</translation>
    </message>
    <message>
        <source>duplicate: the same text is already in the project as “{title}”</source>
        <translation>doppione: lo stesso testo è già nel progetto come “{title}”</translation>
    </message>
    <message>
        <source>duplicate: the same text as row {row}</source>
        <translation>doppione: lo stesso testo della riga {row}</translation>
    </message>
    <message numerus="yes">
        <source>
… %Ln more character(s)</source>
        <translation>
            <numerusform>
… ancora %Ln carattere</numerusform>
            <numerusform>
… ancora %Ln caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>{encoding}, read by {extractor} {version}</source>
        <translation>{encoding}, letto da {extractor} {version}</translation>
    </message>
    <message>
        <source>Fix the date before importing (or clear it): {problem}</source>
        <translation>Correggi la data prima di importare (o cancellala): {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Importa %n articolo</numerusform>
            <numerusform>Importa %n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <comment>what failed</comment>
        <translation>Importazione</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim and passage details</source>
        <translation>Dettagli dell&apos;affermazione e del passaggio</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Claim statement</source>
        <translation>Enunciato dell&apos;affermazione</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>separate, da virgole</translation>
    </message>
    <message>
        <source>Claim tags</source>
        <translation>Etichette dell&apos;affermazione</translation>
    </message>
    <message>
        <source>who made the claim</source>
        <translation>chi ha fatto l&apos;affermazione</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Chi ha fatto l&apos;affermazione</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Data dell&apos;affermazione</translation>
    </message>
    <message>
        <source>Claim date (YYYY-MM-DD)</source>
        <translation>Data dell&apos;affermazione (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>Claim note</source>
        <translation>Nota sull&apos;affermazione</translation>
    </message>
    <message>
        <source>Notes for this claim…</source>
        <translation>Note su questa affermazione…</translation>
    </message>
    <message>
        <source>Also editing this claim</source>
        <translation>Anche altri modificano questa affermazione</translation>
    </message>
    <message>
        <source>Claim provenance</source>
        <translation>Ultima modifica dell&apos;affermazione</translation>
    </message>
    <message>
        <source>Passages of this claim</source>
        <translation>Passaggi di questa affermazione</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Enunciato</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdetto</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>E&amp;tichette</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>&amp;Detto da</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>Detto &amp;il</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Passage quote</source>
        <translation>Citazione del passaggio</translation>
    </message>
    <message>
        <source>Passage claim</source>
        <translation>Affermazione del passaggio</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>Nota sul passaggio</translation>
    </message>
    <message>
        <source>Note on this passage…</source>
        <translation>Nota su questo passaggio…</translation>
    </message>
    <message>
        <source>Un&amp;link</source>
        <translation>Sco&amp;llega</translation>
    </message>
    <message>
        <source>&amp;Delete passage</source>
        <translation>Eli&amp;mina il passaggio</translation>
    </message>
    <message>
        <source>St&amp;ance</source>
        <translation>&amp;Posizione</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Select a claim in the list, or click a highlighted passage.</source>
        <translation>Seleziona un&apos;affermazione nell&apos;elenco o fai clic su un passaggio evidenziato.</translation>
    </message>
    <message>
        <source>⚑ Also editing this claim: {names}</source>
        <translation>⚑ Modifica questa affermazione anche: {names}</translation>
    </message>
    <message>
        <source>Edited {when} by {who}</source>
        <translation>Modificata il {when} da {who}</translation>
    </message>
    <message>
        <source>Edited {when}</source>
        <translation>Modificata il {when}</translation>
    </message>
    <message>
        <source>Linked to: {statement}</source>
        <translation>Collegato a: {statement}</translation>
    </message>
    <message>
        <source>Not linked to a claim</source>
        <translation>Non collegato a un&apos;affermazione</translation>
    </message>
    <message>
        <source>When the claim was made (YYYY-MM-DD, or YYYY-MM)</source>
        <translation>Quando è stata fatta l&apos;affermazione (AAAA-MM-GG o AAAA-MM)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggerimenti</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Crosscheck stays in {language}.</source>
        <translation>Crosscheck resta in {language}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Crosscheck will be in {language} the next time it starts.</source>
        <translation>Crosscheck sarà in {language} al prossimo avvio.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Prima apri un progetto.</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annulla {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Ripeti {action}</translation>
    </message>
    <message>
        <source>{name} (read-only) — Crosscheck</source>
        <translation>{name} (sola lettura) — Crosscheck</translation>
    </message>
    <message>
        <source>{name} (local copy) — Crosscheck</source>
        <translation>{name} (copia locale) — Crosscheck</translation>
    </message>
    <message>
        <source>{name} — Crosscheck</source>
        <translation>{name} — Crosscheck</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche sono salvate</translation>
    </message>
    <message>
        <source>Cannot open team project</source>
        <translation>Impossibile aprire il progetto di redazione</translation>
    </message>
    <message>
        <source>{name} (team, read-only) — Crosscheck</source>
        <translation>{name} (redazione, sola lettura) — Crosscheck</translation>
    </message>
    <message>
        <source>{name} (team) — Crosscheck</source>
        <translation>{name} (redazione) — Crosscheck</translation>
    </message>
    <message>
        <source>Cannot publish to the team server</source>
        <translation>Impossibile pubblicare sul server della redazione</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>{name} is now a team project ({counts}), and you are its admin. Add members with crosscheck team add-member.

Open the team project now? (This file stays as it is.)</source>
        <translation>{name} ora è un progetto di redazione ({counts}) e tu ne sei l&apos;amministratore. Aggiungi i membri con crosscheck team add-member.

Aprire ora il progetto di redazione? (Questo file resta com&apos;è.)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>Di nuovo collegati al server della redazione.</translation>
    </message>
    <message>
        <source>Team project · offline, reconnecting… (read-only meanwhile)</source>
        <translation>Progetto di redazione · non in linea, riconnessione… (intanto sola lettura)</translation>
    </message>
    <message>
        <source>Team project · read-only</source>
        <translation>Progetto di redazione · sola lettura</translation>
    </message>
    <message>
        <source>Team project · connected</source>
        <translation>Progetto di redazione · in linea</translation>
    </message>
    <message>
        <source>Kept your colleague&apos;s version.</source>
        <translation>Tenuta la versione del collega.</translation>
    </message>
    <message>
        <source>Undo over a colleague&apos;s change</source>
        <translation>Annullare sopra la modifica di un collega</translation>
    </message>
    <message>
        <source>{conflict}.

Undo the rest and keep what your colleague changed?</source>
        <translation>{conflict}.

Annullare il resto e tenere ciò che ha modificato il collega?</translation>
    </message>
    <message>
        <source>Redo over a colleague&apos;s change</source>
        <translation>Ripetere sopra la modifica di un collega</translation>
    </message>
    <message>
        <source>{conflict}.

Redo the rest and keep what your colleague changed?</source>
        <translation>{conflict}.

Ripetere il resto e tenere ciò che ha modificato il collega?</translation>
    </message>
    <message>
        <source>No sample project</source>
        <translation>Nessun progetto di esempio</translation>
    </message>
    <message>
        <source>The sample articles are not available: {error}</source>
        <translation>Gli articoli di esempio non sono disponibili: {error}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Annullato: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Ripetuto: {action}</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>Tutte le modifiche sono salvate · {time}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message numerus="yes">
        <source>Claim carried by {sources} of %n articles</source>
        <translation>
            <numerusform>Affermazione presente in {sources} su %n articolo</numerusform>
            <numerusform>Affermazione presente in {sources} su %n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>{message}; open but not carrying it: {titles}</source>
        <translation>{message}; aperti ma senza l&apos;affermazione: {titles}</translation>
    </message>
    <message>
        <source>There are no claims yet: press N to make one from the selection.</source>
        <translation>Non ci sono ancora affermazioni: premi N per crearne una dalla selezione.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Keep mine</source>
        <translation>Tieni la mia</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendi la loro</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tienile entrambe</translation>
    </message>
    <message>
        <source>Merge into mine</source>
        <translation>Unisci nella mia</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Merge from {source}</source>
        <translation>Unione da {source}</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>Unione di progetti</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>Che cosa fa l&apos;unione</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunti</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation>Eliminati nell&apos;altro</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>DA RIVEDERE</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Riancorati</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orfani</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Tieni</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mia versione</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La loro versione</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Their claim</source>
        <translation>La loro affermazione</translation>
    </message>
    <message>
        <source>My claim</source>
        <translation>La mia affermazione</translation>
    </message>
    <message>
        <source>Shared passages</source>
        <translation>Passaggi in comune</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili doppioni</translation>
    </message>
    <message>
        <source>Possibly the same claim</source>
        <translation>Forse la stessa affermazione</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Scelta</translation>
    </message>
    <message>
        <source>{choice} (newer)</source>
        <translation>{choice} (più recente)</translation>
    </message>
    <message>
        <source>Merging will give: {counts}</source>
        <translation>L&apos;unione darà: {counts}</translation>
    </message>
    <message>
        <source> — added by {author}, {when}</source>
        <translation> — aggiunto da {author}, {when}</translation>
    </message>
    <message>
        <source>an unnamed author</source>
        <translation>un autore senza nome</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminato)</translation>
    </message>
</context>
<context>
    <name>PaneArea</name>
    <message>
        <source>Articles side by side</source>
        <translation>Articoli affiancati</translation>
    </message>
    <message>
        <source>⚠ This article does not carry the selected claim</source>
        <translation>⚠ Questo articolo non riporta l&apos;affermazione selezionata</translation>
    </message>
</context>
<context>
    <name>ProjectBridge</name>
    <message>
        <source>{what} failed; nothing was changed: {error}</source>
        <translation>{what} non riuscita; non è cambiato nulla: {error}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a copy</source>
        <translation>Condividi una copia</translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation>File della copia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose the copy&apos;s file</source>
        <translation>Scegli il file della copia</translation>
    </message>
    <message>
        <source>Leave out notes (claim and passage notes)</source>
        <translation>Togli le note (di affermazioni e passaggi)</translation>
    </message>
    <message>
        <source>Leave out author names</source>
        <translation>Togli i nomi degli autori</translation>
    </message>
    <message>
        <source>The copy is one clean file, with every article, passage and claim, ready to email. The open project is not changed.</source>
        <translation>La copia è un unico file pulito, con tutti gli articoli, i passaggi e le affermazioni, pronto da inviare per email. Il progetto aperto non cambia.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Compare how outlets report the same event: link passages across articles as one claim.</source>
        <translation>Confronta come le testate raccontano lo stesso fatto: collega i passaggi di articoli diversi come un&apos;unica affermazione.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Progetti recenti</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Apri un progetto…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nuovo progetto…</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Apri il progetto di esempio</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Link suggestions use word and number matching only: {error}</source>
        <translation>I suggerimenti di collegamento confrontano solo parole e numeri: {error}</translation>
    </message>
    <message>
        <source>Select a passage or a claim to see where the other articles say the same.</source>
        <translation>Seleziona un passaggio o un&apos;affermazione per vedere dove gli altri articoli dicono la stessa cosa.</translation>
    </message>
    <message numerus="yes">
        <source>{likely} of the %n article(s) without the claim have a likely match; in the others the best candidate is unlikely, so they probably leave it out or say it differently.</source>
        <translation>
            <numerusform>Corrispondenza probabile in {likely} su %n articolo senza l&apos;affermazione; dove il candidato migliore è improbabile, l&apos;articolo probabilmente non la riporta o la dice in altro modo.</numerusform>
            <numerusform>Corrispondenza probabile in {likely} su %n articoli senza l&apos;affermazione; negli altri il candidato migliore è improbabile, quindi probabilmente non la riportano o la dicono in altro modo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vectors for %n article(s) are still being computed; those are ranked by word and number matching for now.</source>
        <translation>
            <numerusform>Si stanno ancora calcolando i vettori di %n articolo; per ora è ordinato confrontando parole e numeri.</numerusform>
            <numerusform>Si stanno ancora calcolando i vettori di %n articoli; per ora sono ordinati confrontando parole e numeri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Six panes at most: close one to see this candidate in its article.</source>
        <translation>Al massimo sei riquadri: chiudine uno per vedere questo candidato nel suo articolo.</translation>
    </message>
    <message>
        <source>That passage is already linked to the claim.</source>
        <translation>Quel passaggio è già collegato all&apos;affermazione.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accetta il suggerimento</translation>
    </message>
    <message>
        <source>Suggestion linked to the claim (Ctrl+Z undoes).</source>
        <translation>Suggerimento collegato all&apos;affermazione (Ctrl+Z annulla).</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Link suggestions</source>
        <translation>Suggerimenti di collegamento</translation>
    </message>
    <message>
        <source>Select a passage or a claim to see where other articles say the same.</source>
        <translation>Seleziona un passaggio o un&apos;affermazione per vedere dove altri articoli dicono la stessa cosa.</translation>
    </message>
    <message>
        <source>Suggested passages in other articles</source>
        <translation>Passaggi suggeriti negli altri articoli</translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation>&amp;Accetta (Invio)</translation>
    </message>
    <message>
        <source>&amp;Reject (Del)</source>
        <translation>&amp;Rifiuta (Canc)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), most likely first.</source>
        <translation>
            <numerusform>%n candidato, dal più probabile.</numerusform>
            <numerusform>%n candidati, dal più probabile.</numerusform>
        </translation>
    </message>
    <message>
        <source>All ranked by words and figures only.</source>
        <translation>Tutti ordinati solo per parole e numeri.</translation>
    </message>
    <message numerus="yes">
        <source>%n ranked by words and figures only.</source>
        <translation>
            <numerusform>%n ordinato solo per parole e numeri.</numerusform>
            <numerusform>%n ordinati solo per parole e numeri.</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates in the other articles.</source>
        <translation>Nessun candidato negli altri articoli.</translation>
    </message>
    <message>
        <source>{message} {title}: {likelihood}</source>
        <translation>{message} {title}: {likelihood}</translation>
    </message>
    <message numerus="yes">
        <source>Computing suggestions… ({done} of %n articles)</source>
        <translation>
            <numerusform>Calcolo dei suggerimenti… ({done} di %n articolo)</numerusform>
            <numerusform>Calcolo dei suggerimenti… ({done} di %n articoli)</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing suggestions…</source>
        <translation>Calcolo dei suggerimenti…</translation>
    </message>
</context>
<context>
    <name>TeamAddressDialog</name>
    <message>
        <source>Publish to team server</source>
        <translation>Pubblica sul server della redazione</translation>
    </message>
    <message>
        <source>This file&apos;s articles, claims and passages become a new team project on your desk&apos;s PostgreSQL server, with you as its admin. The file itself is not changed. The address names the server, your login and the new project&apos;s name:</source>
        <translation>Articoli, affermazioni e passaggi di questo file diventano un nuovo progetto di redazione sul server PostgreSQL della redazione, con te come amministratore. Il file non viene modificato. L&apos;indirizzo indica il server, il tuo accesso e il nome del nuovo progetto:</translation>
    </message>
    <message>
        <source>Open team project</source>
        <translation>Apri progetto di redazione</translation>
    </message>
    <message>
        <source>A team project lives on your desk&apos;s PostgreSQL server; everyone who opens it sees the others&apos; work as they make it. Your administrator gives you its address:</source>
        <translation>Un progetto di redazione sta sul server PostgreSQL della redazione: chi lo apre vede il lavoro degli altri mentre lo fanno. L&apos;indirizzo te lo dà l&apos;amministratore:</translation>
    </message>
    <message>
        <source>Team project address</source>
        <translation>Indirizzo del progetto di redazione</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema nell&apos;indirizzo</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>Not a team project address.</source>
        <translation>Non è l&apos;indirizzo di un progetto di redazione.</translation>
    </message>
</context>
<context>
    <name>TeamSession</name>
    <message>
        <source>A change sent as the server went away was saved after all.</source>
        <translation>Una modifica inviata mentre il server si scollegava è stata salvata comunque.</translation>
    </message>
    <message>
        <source>A change sent as the server went away was not saved; make it again.</source>
        <translation>Una modifica inviata mentre il server si scollegava non è stata salvata: rifalla.</translation>
    </message>
    <message>
        <source>Changes from the server were refused: {message}</source>
        <translation>Modifiche dal server rifiutate: {message}</translation>
    </message>
</context>
<context>
    <name>VerdictDelegate</name>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
</context>
<context>
    <name>_ExportThread</name>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Esportazione annullata; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Unexpected {kind}: {error}</source>
        <translation>Errore imprevisto ({kind}): {error}</translation>
    </message>
</context>
<context>
    <name>action_texts</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Crea un file di progetto vuoto</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <source>Open a .crosscheck file</source>
        <translation>Apri un file .crosscheck</translation>
    </message>
    <message>
        <source>Open &amp;team project…</source>
        <translation>Apri progetto di &amp;redazione…</translation>
    </message>
    <message>
        <source>Open a project your desk shares on a PostgreSQL server (postgresql://…)</source>
        <translation>Apri un progetto che la redazione condivide su un server PostgreSQL (postgresql://…)</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;Importa articoli…</translation>
    </message>
    <message>
        <source>Import saved web pages, text and Markdown files (or drop them on the window)</source>
        <translation>Importa pagine web salvate, file di testo e Markdown (oppure trascinali sulla finestra)</translation>
    </message>
    <message>
        <source>&amp;Paste as new article</source>
        <translation>In&amp;colla come nuovo articolo</translation>
    </message>
    <message>
        <source>Import the text on the clipboard as an article</source>
        <translation>Importa come articolo il testo negli appunti</translation>
    </message>
    <message>
        <source>&amp;Merge from project…</source>
        <translation>&amp;Unisci da un progetto…</translation>
    </message>
    <message>
        <source>Bring a colleague&apos;s work into this project</source>
        <translation>Porta in questo progetto il lavoro di un collega</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>W3C Web Annotation, ClaimReview, CSV, brat or an HTML report</source>
        <translation>W3C Web Annotation, ClaimReview, CSV, brat o un rapporto HTML</translation>
    </message>
    <message>
        <source>Import W3C &amp;annotations…</source>
        <translation>Importa annotazioni &amp;W3C…</translation>
    </message>
    <message>
        <source>Read W3C Web Annotation JSON-LD (ours, or Hypothesis&apos;s) onto this project&apos;s articles</source>
        <translation>Leggi sugli articoli di questo progetto annotazioni W3C Web Annotation in JSON-LD (nostre o di Hypothesis)</translation>
    </message>
    <message>
        <source>&amp;Share a copy…</source>
        <translation>Condi&amp;vidi una copia…</translation>
    </message>
    <message>
        <source>Write a clean single-file copy to send to a colleague</source>
        <translation>Scrivi una copia pulita in un solo file da mandare a un collega</translation>
    </message>
    <message>
        <source>&amp;Publish to team server…</source>
        <translation>&amp;Pubblica sul server della redazione…</translation>
    </message>
    <message>
        <source>Make a team project of this file on your desk&apos;s PostgreSQL server, to work on it together</source>
        <translation>Fai di questo file un progetto di redazione sul server PostgreSQL della redazione, per lavorarci insieme</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Chiu&amp;di il progetto</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Il tuo n&amp;ome…</translation>
    </message>
    <message>
        <source>The name recorded with your changes</source>
        <translation>Il nome registrato con le tue modifiche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;Trova nell&apos;articolo…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Trova s&amp;uccessivo</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Highlight passage</source>
        <translation>&amp;Evidenzia il passaggio</translation>
    </message>
    <message>
        <source>Mark the selected text as a passage with no claim</source>
        <translation>Segna il testo selezionato come passaggio senza affermazione</translation>
    </message>
    <message>
        <source>&amp;New claim from selection</source>
        <translation>&amp;Nuova affermazione dalla selezione</translation>
    </message>
    <message>
        <source>Create a claim from the selected text and link the passage to it</source>
        <translation>Crea un&apos;affermazione dal testo selezionato e collegale il passaggio</translation>
    </message>
    <message>
        <source>&amp;Link to current claim</source>
        <translation>&amp;Collega all&apos;affermazione corrente</translation>
    </message>
    <message>
        <source>Link the selected text (or passage) to the claim selected in the claims panel</source>
        <translation>Collega il testo (o il passaggio) selezionato all&apos;affermazione selezionata nel pannello delle affermazioni</translation>
    </message>
    <message>
        <source>Link to c&amp;laim…</source>
        <translation>Collega a un&apos;a&amp;ffermazione…</translation>
    </message>
    <message>
        <source>Choose the claim to link to from a searchable list</source>
        <translation>Scegli l&apos;affermazione a cui collegare da un elenco in cui cercare</translation>
    </message>
    <message>
        <source>&amp;Unlink passage</source>
        <translation>&amp;Scollega il passaggio</translation>
    </message>
    <message>
        <source>&amp;Delete passage</source>
        <translation>Eli&amp;mina il passaggio</translation>
    </message>
    <message>
        <source>Next passage in article</source>
        <translation>Passaggio successivo nell&apos;articolo</translation>
    </message>
    <message>
        <source>Previous passage in article</source>
        <translation>Passaggio precedente nell&apos;articolo</translation>
    </message>
    <message>
        <source>&amp;Edit statement</source>
        <translation>&amp;Modifica l&apos;enunciato</translation>
    </message>
    <message>
        <source>Next passage of the claim</source>
        <translation>Passaggio successivo dell&apos;affermazione</translation>
    </message>
    <message>
        <source>Previous passage of the claim</source>
        <translation>Passaggio precedente dell&apos;affermazione</translation>
    </message>
    <message>
        <source>&amp;Open articles carrying the claim</source>
        <translation>&amp;Apri gli articoli che la riportano</translation>
    </message>
    <message>
        <source>Open a pane for each article that carries the selected claim</source>
        <translation>Apri un riquadro per ogni articolo che riporta l&apos;affermazione selezionata</translation>
    </message>
    <message>
        <source>&amp;Find this claim in all articles</source>
        <translation>&amp;Trova questa affermazione in tutti gli articoli</translation>
    </message>
    <message>
        <source>Which articles probably carry the selected claim, in any language</source>
        <translation>Quali articoli riportano probabilmente l&apos;affermazione selezionata, in qualsiasi lingua</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected claims</source>
        <translation>&amp;Unisci le due affermazioni selezionate</translation>
    </message>
    <message>
        <source>&amp;Delete claim…</source>
        <translation>&amp;Elimina l&apos;affermazione…</translation>
    </message>
    <message>
        <source>&amp;Add article pane</source>
        <translation>&amp;Aggiungi un riquadro</translation>
    </message>
    <message>
        <source>&amp;Close article pane</source>
        <translation>&amp;Chiudi il riquadro</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Dimensione &amp;normale</translation>
    </message>
    <message>
        <source>Go to next pane</source>
        <translation>Vai al riquadro successivo</translation>
    </message>
    <message>
        <source>Go to previous pane</source>
        <translation>Vai al riquadro precedente</translation>
    </message>
    <message>
        <source>Go to pane {number}</source>
        <translation>Vai al riquadro {number}</translation>
    </message>
    <message>
        <source>Go to article library</source>
        <translation>Vai all&apos;elenco degli articoli</translation>
    </message>
    <message>
        <source>Go to article text</source>
        <translation>Vai al testo dell&apos;articolo</translation>
    </message>
    <message>
        <source>Go to claims</source>
        <translation>Vai alle affermazioni</translation>
    </message>
    <message>
        <source>Go to suggestions</source>
        <translation>Vai ai suggerimenti</translation>
    </message>
    <message>
        <source>Enter accepts the selected suggestion, Delete rejects it</source>
        <translation>Invio accetta il suggerimento selezionato, Canc lo rifiuta</translation>
    </message>
    <message>
        <source>Co&amp;verage chart</source>
        <translation>&amp;Grafico della copertura</translation>
    </message>
    <message>
        <source>Which source carries which claim; click a cell to go to the passage</source>
        <translation>Quale fonte riporta quale affermazione; fai clic su una cella per andare al passaggio</translation>
    </message>
    <message>
        <source>Show &amp;all claims</source>
        <translation>Mostra &amp;tutte le affermazioni</translation>
    </message>
    <message>
        <source>Clear the claims filter (text, verdict, or a source picked in the chart)</source>
        <translation>Togli il filtro delle affermazioni (testo, verdetto o una fonte scelta nel grafico)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Crosscheck</source>
        <translation>&amp;Informazioni su Crosscheck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnota</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>A&amp;ffermazioni</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
</context>
<context>
    <name>annotation_texts</name>
    <message>
        <source>it is {kind}, not an annotation file</source>
        <translation>è {kind}, non un file di annotazioni</translation>
    </message>
    <message>
        <source>the XMI holds no CrosscheckPassage annotations (in INCEpTION, import TypeSystem.xml as a layer first)</source>
        <translation>l&apos;XMI non contiene annotazioni CrosscheckPassage (in INCEpTION, prima importa TypeSystem.xml come livello)</translation>
    </message>
    <message numerus="yes">
        <source>the file has %n problem(s); nothing was imported. Fix them, or import the good annotations and leave these out</source>
        <translation>
            <numerusform>il file ha %n problema; non è stato importato nulla. Correggilo, oppure importa le annotazioni buone e lascia fuori questa</numerusform>
            <numerusform>il file ha %n problemi; non è stato importato nulla. Correggili, oppure importa le annotazioni buone e lascia fuori queste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) could not be anchored (orphans); nothing was imported. Fix the articles, or import the rest and leave the orphans out</source>
        <translation>
            <numerusform>non è stato possibile ancorare %n passaggio (orfano); non è stato importato nulla. Correggi gli articoli, oppure importa il resto e lascia fuori l&apos;orfano</numerusform>
            <numerusform>non è stato possibile ancorare %n passaggi (orfani); non è stato importato nulla. Correggi gli articoli, oppure importa il resto e lascia fuori gli orfani</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>niente da importare</translation>
    </message>
    <message numerus="yes">
        <source>nothing to import (%n skipped, listed)</source>
        <translation>
            <numerusform>niente da importare (%n saltata, in elenco)</numerusform>
            <numerusform>niente da importare (%n saltate, in elenco)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations from {name}</source>
        <translation>Importa annotazioni da {name}</translation>
    </message>
    <message>
        <source>the annotations do not fit this project; nothing was imported</source>
        <translation>le annotazioni non si adattano a questo progetto; non è stato importato nulla</translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (listed)</source>
        <translation>
            <numerusform>; %n saltata (in elenco)</numerusform>
            <numerusform>; %n saltate (in elenco)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{claims} and {passages} imported (%n change(s)){skipped}</source>
        <translation>
            <numerusform>importati {claims} e {passages} (%n modifica){skipped}</numerusform>
            <numerusform>importati {claims} e {passages} (%n modifiche){skipped}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chart_texts</name>
    <message>
        <source>Claims carried per source</source>
        <translation>Affermazioni riportate per fonte</translation>
    </message>
    <message>
        <source>claims carried</source>
        <translation>affermazioni riportate</translation>
    </message>
    <message>
        <source>cannot export a chart as {suffix}; use .png or .svg</source>
        <translation>impossibile esportare un grafico come {suffix}; usa .png o .svg</translation>
    </message>
    <message>
        <source>a file without suffix</source>
        <translation>un file senza estensione</translation>
    </message>
    <message>
        <source>{path}: the exporter wrote nothing</source>
        <translation>{path}: l&apos;esportazione non ha scritto nulla</translation>
    </message>
    <message>
        <source>Save chart as {kind}</source>
        <translation>Salva il grafico come {kind}</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>copertura</translation>
    </message>
    <message>
        <source>{kind} image (*.{suffix})</source>
        <translation>Immagine {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>Impossibile salvare il grafico</translation>
    </message>
    <message>
        <source>Claims by sources matrix</source>
        <translation>Matrice affermazioni per fonti</translation>
    </message>
    <message>
        <source>first appearance</source>
        <translation>prima comparsa</translation>
    </message>
    <message>
        <source>tied for first</source>
        <translation>prima a pari merito</translation>
    </message>
    <message>
        <source>Scroll sources</source>
        <translation>Scorri le fonti</translation>
    </message>
    <message>
        <source>Scroll claims</source>
        <translation>Scorri le affermazioni</translation>
    </message>
</context>
<context>
    <name>clipboard_texts</name>
    <message>
        <source>clipboard</source>
        <translation>appunti</translation>
    </message>
</context>
<context>
    <name>command_texts</name>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>nessun articolo con id {id}</translation>
    </message>
    <message>
        <source>no passage with id {id}</source>
        <translation>nessun passaggio con id {id}</translation>
    </message>
    <message>
        <source>no claim with id {id}</source>
        <translation>nessuna affermazione con id {id}</translation>
    </message>
    <message>
        <source>a claim needs a statement</source>
        <translation>un&apos;affermazione ha bisogno di un enunciato</translation>
    </message>
    <message>
        <source>a claim statement is limited to {limit} characters</source>
        <translation>l&apos;enunciato di un&apos;affermazione ha al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>a note is limited to {limit} characters</source>
        <translation>una nota ha al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>a tag is limited to {limit} characters</source>
        <translation>un&apos;etichetta ha al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>Merged claim: {statement}</source>
        <translation>Affermazione unita: {statement}</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Aggiungi l&apos;articolo</translation>
    </message>
    <message>
        <source>the article has no text</source>
        <translation>l&apos;articolo non ha testo</translation>
    </message>
    <message>
        <source>the same text is already in the project as “{title}”</source>
        <translation>lo stesso testo è già nel progetto come “{title}”</translation>
    </message>
    <message>
        <source>an article with id {id} already exists</source>
        <translation>esiste già un articolo con id {id}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Modifica i dati dell&apos;articolo</translation>
    </message>
    <message>
        <source>article metadata has no field {fields}</source>
        <translation>i dati di un articolo non hanno il campo {fields}</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>un articolo ha bisogno di un titolo</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Rimuovi l&apos;articolo</translation>
    </message>
    <message>
        <source>Highlight passage</source>
        <translation>Evidenzia il passaggio</translation>
    </message>
    <message>
        <source>passage {start}-{end} is outside the article text (0-{length})</source>
        <translation>il passaggio {start}-{end} è fuori dal testo dell&apos;articolo (0-{length})</translation>
    </message>
    <message>
        <source>a passage cannot be only white space</source>
        <translation>un passaggio non può essere fatto solo di spazi</translation>
    </message>
    <message>
        <source>a passage with id {id} already exists</source>
        <translation>esiste già un passaggio con id {id}</translation>
    </message>
    <message>
        <source>Edit passage</source>
        <translation>Modifica il passaggio</translation>
    </message>
    <message>
        <source>Link passage</source>
        <translation>Collega il passaggio</translation>
    </message>
    <message>
        <source>Unlink passage</source>
        <translation>Scollega il passaggio</translation>
    </message>
    <message>
        <source>Delete passage</source>
        <translation>Elimina il passaggio</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nuova affermazione</translation>
    </message>
    <message>
        <source>a claim with id {id} already exists</source>
        <translation>esiste già un&apos;affermazione con id {id}</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Modifica l&apos;affermazione</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Elimina l&apos;affermazione</translation>
    </message>
    <message>
        <source>Merge claims</source>
        <translation>Unisci le affermazioni</translation>
    </message>
    <message>
        <source>cannot merge a claim with itself</source>
        <translation>un&apos;affermazione non si può unire con sé stessa</translation>
    </message>
    <message>
        <source>Merged claim&apos;s claimant: {value}</source>
        <translation>Detto da (affermazione unita): {value}</translation>
    </message>
    <message>
        <source>Merged claim&apos;s claim date: {value}</source>
        <translation>Data dell&apos;affermazione unita: {value}</translation>
    </message>
    <message>
        <source>New claim from selection</source>
        <translation>Nuova affermazione dalla selezione</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>article {id}: the text does not match its sha256</source>
        <translation>articolo {id}: il testo non corrisponde al suo sha256</translation>
    </message>
    <message>
        <source>article {id}: the same text is already in the project as “{title}”</source>
        <translation>articolo {id}: lo stesso testo è già nel progetto come “{title}”</translation>
    </message>
    <message>
        <source>passage {id}: {start}-{end} is outside the article text (0-{length})</source>
        <translation>passaggio {id}: {start}-{end} è fuori dal testo dell&apos;articolo (0-{length})</translation>
    </message>
    <message>
        <source>passage {id}: the quote does not match the article text at {start}-{end}</source>
        <translation>passaggio {id}: la citazione non corrisponde al testo dell&apos;articolo in {start}-{end}</translation>
    </message>
    <message>
        <source>{kind} {id}: the {field} {value} is not in its stored form {stored}</source>
        <translation>{kind} {id}: {field} {value} non è nella forma in cui si salva, {stored}</translation>
    </message>
</context>
<context>
    <name>confidence_texts</name>
    <message>
        <source>likely ({percent}%)</source>
        <translation>probabile ({percent}%)</translation>
    </message>
    <message>
        <source>unlikely ({percent}%)</source>
        <translation>improbabile ({percent}%)</translation>
    </message>
</context>
<context>
    <name>coverage_texts</name>
    <message>
        <source>(no outlet)</source>
        <translation>(nessuna testata)</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(nessuna lingua)</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n article(s)</source>
        <translation>
            <numerusform>{name} — %n articolo</numerusform>
            <numerusform>{name} — %n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>a source whose passages take several stances</comment>
        <translation>Miste</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>data sconosciuta</translation>
    </message>
</context>
<context>
    <name>date_texts</name>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>published</source>
        <translation>data di pubblicazione</translation>
    </message>
    <message>
        <source>claim date</source>
        <translation>data dell&apos;affermazione</translation>
    </message>
    <message>
        <source>January</source>
        <translation>gennaio</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febbraio</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>aprile</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maggio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>giugno</translation>
    </message>
    <message>
        <source>July</source>
        <translation>luglio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>settembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ottobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dicembre</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid ISO 8601 date: {reason}</source>
        <translation>{field} {value} non è una data ISO 8601 valida: {reason}</translation>
    </message>
    <message>
        <source>write it as YYYY-MM-DD, e.g. 2021-12-30, or with a time, e.g. 2021-12-30T10:00Z</source>
        <translation>scrivila come AAAA-MM-GG, per esempio 2021-12-30, o con l&apos;ora, per esempio 2021-12-30T10:00Z</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>non è un testo</translation>
    </message>
    <message>
        <source>it is empty; {example}</source>
        <translation>è vuota; {example}</translation>
    </message>
    <message>
        <source>it is too long; {example}</source>
        <translation>è troppo lunga; {example}</translation>
    </message>
    <message>
        <source>a time of day needs a full date (YYYY-MM-DD) before it</source>
        <translation>un&apos;ora del giorno richiede prima una data completa (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>the time of day {time} is not hh:mm[:ss][Z|±hh:mm]</source>
        <translation>l&apos;ora {time} non è nella forma hh:mm[:ss][Z|±hh:mm]</translation>
    </message>
    <message>
        <source>year 0000 is not on the calendar</source>
        <translation>l&apos;anno 0000 non esiste nel calendario</translation>
    </message>
    <message>
        <source>{year} has no week {week}</source>
        <translation>il {year} non ha una settimana {week}</translation>
    </message>
    <message>
        <source>{year} has no day {day} (it has {days})</source>
        <translation>il {year} non ha un giorno {day} (ne ha {days})</translation>
    </message>
    <message>
        <source>a year and month without a day need the hyphen (YYYY-MM)</source>
        <translation>anno e mese senza giorno richiedono il trattino (AAAA-MM)</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>non esiste il mese {month}</translation>
    </message>
    <message>
        <source>there is no day {day} in {month} {year} (it has {days})</source>
        <translation>non esiste il giorno {day} in {month} {year} (ha {days} giorni)</translation>
    </message>
    <message>
        <source>{time} is not a time of day (00:00 to 23:59:59)</source>
        <translation>{time} non è un&apos;ora del giorno (da 00:00 a 23:59:59)</translation>
    </message>
    <message>
        <source>{zone} is not a UTC offset</source>
        <translation>{zone} non è uno scostamento da UTC</translation>
    </message>
    <message>
        <source>day and month order is not ISO 8601; write {date}</source>
        <translation>l&apos;ordine giorno-mese non è ISO 8601; scrivi {date}</translation>
    </message>
    <message>
        <source>month and day order is not ISO 8601; write {date}</source>
        <translation>l&apos;ordine mese-giorno non è ISO 8601; scrivi {date}</translation>
    </message>
    <message>
        <source>it could mean {one} or {other}; {example}</source>
        <translation>potrebbe voler dire {one} o {other}; {example}</translation>
    </message>
    <message>
        <source>a timestamp needs at least a full date (YYYY-MM-DD)</source>
        <translation>un istante richiede almeno una data completa (AAAA-MM-GG)</translation>
    </message>
</context>
<context>
    <name>describe_texts</name>
    <message>
        <source>highlighted a passage</source>
        <translation>ha evidenziato un passaggio</translation>
    </message>
    <message numerus="yes">
        <source>highlighted %n passages</source>
        <translation>
            <numerusform>ha evidenziato %n passaggio</numerusform>
            <numerusform>ha evidenziato %n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>linked a passage</source>
        <translation>ha collegato un passaggio</translation>
    </message>
    <message numerus="yes">
        <source>linked %n passages</source>
        <translation>
            <numerusform>ha collegato %n passaggio</numerusform>
            <numerusform>ha collegato %n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>unlinked a passage</source>
        <translation>ha scollegato un passaggio</translation>
    </message>
    <message numerus="yes">
        <source>unlinked %n passages</source>
        <translation>
            <numerusform>ha scollegato %n passaggio</numerusform>
            <numerusform>ha scollegato %n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>edited a passage</source>
        <translation>ha modificato un passaggio</translation>
    </message>
    <message numerus="yes">
        <source>edited %n passages</source>
        <translation>
            <numerusform>ha modificato %n passaggio</numerusform>
            <numerusform>ha modificato %n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted a passage</source>
        <translation>ha eliminato un passaggio</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n passages</source>
        <translation>
            <numerusform>ha eliminato %n passaggio</numerusform>
            <numerusform>ha eliminato %n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>made a new claim</source>
        <translation>ha creato una nuova affermazione</translation>
    </message>
    <message numerus="yes">
        <source>made %n new claims</source>
        <translation>
            <numerusform>ha creato %n nuova affermazione</numerusform>
            <numerusform>ha creato %n nuove affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>edited a claim</source>
        <translation>ha modificato un&apos;affermazione</translation>
    </message>
    <message numerus="yes">
        <source>edited %n claims</source>
        <translation>
            <numerusform>ha modificato %n affermazione</numerusform>
            <numerusform>ha modificato %n affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted a claim</source>
        <translation>ha eliminato un&apos;affermazione</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n claims</source>
        <translation>
            <numerusform>ha eliminato %n affermazione</numerusform>
            <numerusform>ha eliminato %n affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>imported an article</source>
        <translation>ha importato un articolo</translation>
    </message>
    <message numerus="yes">
        <source>imported %n articles</source>
        <translation>
            <numerusform>ha importato %n articolo</numerusform>
            <numerusform>ha importato %n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>edited an article</source>
        <translation>ha modificato un articolo</translation>
    </message>
    <message numerus="yes">
        <source>edited %n articles</source>
        <translation>
            <numerusform>ha modificato %n articolo</numerusform>
            <numerusform>ha modificato %n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>removed an article</source>
        <translation>ha rimosso un articolo</translation>
    </message>
    <message numerus="yes">
        <source>removed %n articles</source>
        <translation>
            <numerusform>ha rimosso %n articolo</numerusform>
            <numerusform>ha rimosso %n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>set the verdict of {claim} to {verdict}</source>
        <translation>ha dato all&apos;affermazione {claim} il verdetto {verdict}</translation>
    </message>
    <message>
        <source>made a change</source>
        <translation>ha fatto una modifica</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
</context>
<context>
    <name>export_texts</name>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Lossless: claims, passages, verdicts, stances and notes; other annotation tools read it.</source>
        <translation>Senza perdite: affermazioni, passaggi, verdetti, posizioni e note; altri strumenti di annotazione lo leggono.</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Foglio di calcolo CSV</translation>
    </message>
    <message>
        <source>One row per passage; UTF-8 with BOM for spreadsheets.</source>
        <translation>Una riga per passaggio; UTF-8 con BOM per i fogli di calcolo.</translation>
    </message>
    <message>
        <source>brat standoff (zip)</source>
        <translation>brat standoff (zip)</translation>
    </message>
    <message>
        <source>Text and .ann files per article, for corpus and ML tools.</source>
        <translation>File di testo e .ann per ogni articolo, per strumenti di corpus e di apprendimento automatico.</translation>
    </message>
    <message>
        <source>brat for INCEpTION (zip)</source>
        <translation>brat per INCEpTION (zip)</translation>
    </message>
    <message>
        <source>One flat zip per article for INCEpTION&apos;s brat import; the claim and notes as attributes.</source>
        <translation>Uno zip semplice per articolo per l&apos;importazione brat di INCEpTION; affermazione e note come attributi.</translation>
    </message>
    <message>
        <source>UIMA CAS XMI for INCEpTION (zip)</source>
        <translation>UIMA CAS XMI per INCEpTION (zip)</translation>
    </message>
    <message>
        <source>One XMI per article and the type system of a CrosscheckPassage layer, for INCEpTION and UIMA tools.</source>
        <translation>Un XMI per articolo e il sistema di tipi di un livello CrosscheckPassage, per INCEpTION e gli strumenti UIMA.</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Rapporto HTML</translation>
    </message>
    <message>
        <source>A self-contained page for an editor: claims, verdicts, highlighted sources.</source>
        <translation>Una pagina autonoma per la redazione: affermazioni, verdetti, fonti evidenziate.</translation>
    </message>
    <message numerus="yes">
        <source>; %n claim(s) without a verdict left out</source>
        <translation>
            <numerusform>; lasciata fuori %n affermazione senza verdetto</numerusform>
            <numerusform>; lasciate fuori %n affermazioni senza verdetto</numerusform>
        </translation>
    </message>
    <message>
        <source>exported {items}, one per claim with a verdict{without}, to {path}</source>
        <translation>esportati {items}, uno per ogni affermazione con un verdetto{without}, in {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotazione</numerusform>
            <numerusform>%n annotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ClaimReview(s)</source>
        <translation>
            <numerusform>%n ClaimReview</numerusform>
            <numerusform>%n ClaimReview</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ClaimReview snippet(s)</source>
        <translation>
            <numerusform>%n frammento ClaimReview</numerusform>
            <numerusform>%n frammenti ClaimReview</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>exported {items} ({claims}, {passages}, {articles}) to {path}</source>
        <translation>esportati {items} ({claims}, {passages}, {articles}) in {path}</translation>
    </message>
    <message>
        <source>What fact-checkers publish: one ClaimReview per claim with a verdict (export one claim for its page).</source>
        <translation>Quello che pubblica chi fa fact-checking: un ClaimReview per ogni affermazione con un verdetto (esporta un&apos;affermazione per la sua pagina).</translation>
    </message>
    <message>
        <source>ClaimReview snippets to paste (HTML)</source>
        <translation>Frammenti ClaimReview da incollare (HTML)</translation>
    </message>
    <message>
        <source>Per claim with a verdict, the &lt;script&gt; element to paste into its fact-check article.</source>
        <translation>Per ogni affermazione con un verdetto, l&apos;elemento &lt;script&gt; da incollare nel suo articolo di verifica.</translation>
    </message>
    <message numerus="yes">
        <source>%n claims</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passaggio</numerusform>
            <numerusform>%n passaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format {name}; use one of: {formats}</source>
        <translation>formato di esportazione sconosciuto {name}; usa uno di questi: {formats}</translation>
    </message>
    <message>
        <source>no claim with id {id} in this project</source>
        <translation>nessuna affermazione con id {id} in questo progetto</translation>
    </message>
    <message>
        <source>no article with id {id} in this project</source>
        <translation>nessun articolo con id {id} in questo progetto</translation>
    </message>
</context>
<context>
    <name>file_check_texts</name>
    <message>
        <source>it is {kind}, not a regular file</source>
        <translation>è {kind}, non un file normale</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una cartella</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una pipe con nome (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un file speciale</translation>
    </message>
    <message>
        <source>it is SQLite&apos;s journal of {name}; replacing it would damage that project</source>
        <translation>è il journal SQLite di {name}: sostituirlo danneggerebbe quel progetto</translation>
    </message>
    <message>
        <source>it cannot be checked ({reason})</source>
        <translation>non si può controllare ({reason})</translation>
    </message>
    <message>
        <source>it is {kind}, not a regular file; choose a file name</source>
        <translation>è {kind}, non un file normale: scegli un nome di file</translation>
    </message>
    <message>
        <source>it cannot be read to check that it is not a project ({reason})</source>
        <translation>non si può leggere per controllare che non sia un progetto ({reason})</translation>
    </message>
    <message>
        <source>it is a Crosscheck project or another SQLite database; an export never replaces one; choose another name</source>
        <translation>è un progetto Crosscheck o un altro database SQLite: un&apos;esportazione non lo sostituisce mai; scegli un altro nome</translation>
    </message>
</context>
<context>
    <name>file_texts</name>
    <message>
        <source>Crosscheck projects (*{suffix});;All files (*)</source>
        <translation>Progetti Crosscheck (*{suffix});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>The name recorded with the changes you make:</source>
        <translation>Il nome registrato con le modifiche che fai:</translation>
    </message>
    <message>
        <source>{name} (team)</source>
        <translation>{name} (redazione)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Apri un progetto</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossibile creare il progetto</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Share a copy</source>
        <translation>Condividi una copia</translation>
    </message>
    <message>
        <source>Choose another file name: this is the open project.</source>
        <translation>Scegli un altro nome: questo è il progetto aperto.</translation>
    </message>
    <message>
        <source>{name} exists. Replace it?</source>
        <translation>{name} esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <source>Could not write the copy</source>
        <translation>Impossibile scrivere la copia</translation>
    </message>
    <message>
        <source>Copy written to {path} (without notes and author names)</source>
        <translation>Copia scritta in {path} (senza note e nomi degli autori)</translation>
    </message>
    <message>
        <source>Copy written to {path} (without notes)</source>
        <translation>Copia scritta in {path} (senza note)</translation>
    </message>
    <message>
        <source>Copy written to {path} (without author names)</source>
        <translation>Copia scritta in {path} (senza nomi degli autori)</translation>
    </message>
    <message>
        <source>Copy written to {path}</source>
        <translation>Copia scritta in {path}</translation>
    </message>
</context>
<context>
    <name>format_texts</name>
    <message>
        <source>{name} ignored: {error}</source>
        <translation>{name} ignorato: {error}</translation>
    </message>
    <message>
        <source>{name} ignored: not a JSON object</source>
        <translation>{name} ignorato: non è un oggetto JSON</translation>
    </message>
    <message>
        <source>{name}: {key} ignored (not text)</source>
        <translation>{name}: {key} ignorato (non è un testo)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>a binary file, not text</source>
        <translation>un file binario, non un testo</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>dati binari, non un testo</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>il file contiene solo spazi</translation>
    </message>
    <message>
        <source>over the {limit} limit for one article</source>
        <translation>oltre il limite di {limit} per un articolo</translation>
    </message>
    <message>
        <source>no text was given</source>
        <translation>non è stato dato alcun testo</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>il file o la cartella non esiste</translation>
    </message>
    <message>
        <source>could not list the folder ({error})</source>
        <translation>impossibile elencare la cartella ({error})</translation>
    </message>
    <message>
        <source>a symbolic link (not followed inside folders)</source>
        <translation>un collegamento simbolico (non seguito dentro le cartelle)</translation>
    </message>
    <message>
        <source>images and scripts saved with {page}, not articles</source>
        <translation>immagini e script salvati con {page}, non articoli</translation>
    </message>
    <message>
        <source>folder notes, not an article</source>
        <translation>note della cartella, non un articolo</translation>
    </message>
    <message>
        <source>not a supported article type ({suffix})</source>
        <translation>tipo di articolo non supportato ({suffix})</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>senza estensione</translation>
    </message>
    <message>
        <source>not a supported article type ({suffix}); supported: {supported}</source>
        <translation>tipo di articolo non supportato ({suffix}); supportati: {supported}</translation>
    </message>
    <message>
        <source>{size} is over the {limit} limit for one article</source>
        <translation>{size} supera il limite di {limit} per un articolo</translation>
    </message>
    <message>
        <source>{kind}, not a file to import</source>
        <translation>{kind}, non un file da importare</translation>
    </message>
    <message>
        <source>no such file (it may have been moved or deleted)</source>
        <translation>il file non esiste (forse è stato spostato o eliminato)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>could not read it ({error})</source>
        <translation>impossibile leggerlo ({error})</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {problem}; left out (set the date in the review or in NAME.meta.json)</source>
        <translation>{where}: {problem}; lasciata fuori (imposta la data nella revisione o in NOME.meta.json)</translation>
    </message>
    <message>
        <source>ClaimReview needs the URL of the fact-check article that will carry it: fill in the export&apos;s Review URL (--review-url on the command line, or the project setting {setting})</source>
        <translation>ClaimReview richiede l&apos;URL dell&apos;articolo di verifica che lo conterrà: compila l&apos;URL della verifica nell&apos;esportazione (--review-url dalla riga di comando, o l&apos;impostazione del progetto {setting})</translation>
    </message>
    <message>
        <source>the review URL must start with http:// or https://: {url}</source>
        <translation>l&apos;URL della verifica deve cominciare con http:// o https://: {url}</translation>
    </message>
    <message>
        <source>the publisher URL must start with http:// or https://: {url}</source>
        <translation>l&apos;URL dell&apos;editore deve cominciare con http:// o https://: {url}</translation>
    </message>
    <message>
        <source>no verdict names for the review language {language}; use one of: {languages}</source>
        <translation>nessun nome dei verdetti per la lingua della verifica {language}; usa una di queste: {languages}</translation>
    </message>
    <message>
        <source>no claim in the export has a verdict, so there is no ClaimReview to write</source>
        <translation>nessuna affermazione esportata ha un verdetto, quindi non c&apos;è alcun ClaimReview da scrivere</translation>
    </message>
    <message>
        <source>no publisher: the ClaimReviews have no author; give --publisher-name or set the project setting {setting}</source>
        <translation>nessun editore: i ClaimReview non hanno autore; indica --publisher-name o imposta nel progetto {setting}</translation>
    </message>
    <message>
        <source>claim {id}: claimReviewed has {length} characters; Google advises at most {limit} (“{start}…”)</source>
        <translation>affermazione {id}: claimReviewed ha {length} caratteri; Google ne consiglia al massimo {limit} (“{start}…”)</translation>
    </message>
    <message numerus="yes">
        <source>claim {id}: %n sources tie for the first appearance; firstAppearance is left out</source>
        <translation>
            <numerusform>affermazione {id}: %n fonte a pari merito per la prima comparsa; firstAppearance è lasciato fuori</numerusform>
            <numerusform>affermazione {id}: %n fonti a pari merito per la prima comparsa; firstAppearance è lasciato fuori</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid {what} (byte 0x{byte} at position {position})</source>
        <translation>non è {what} valido (byte 0x{byte} alla posizione {position})</translation>
    </message>
    <message>
        <source>unknown encoding {name}</source>
        <translation>codifica sconosciuta {name}</translation>
    </message>
    <message>
        <source>{encoding} text</source>
        <translation>testo {encoding}</translation>
    </message>
    <message>
        <source>UTF-8 although the page declares it</source>
        <translation>UTF-8, anche se la pagina lo dichiara</translation>
    </message>
    <message>
        <source>the page declares {encoding} but is not valid {encoding}</source>
        <translation>la pagina dichiara {encoding} ma non è {encoding} valido</translation>
    </message>
    <message>
        <source>the page declares an unknown encoding ({name})</source>
        <translation>la pagina dichiara una codifica sconosciuta ({name})</translation>
    </message>
    <message>
        <source>; it looks like {encoding}: save it as UTF-8, or import with --encoding {encoding}</source>
        <translation>; sembra {encoding}: salvalo come UTF-8 o importalo con --encoding {encoding}</translation>
    </message>
    <message>
        <source>; save it as UTF-8 and import again</source>
        <translation>; salvalo come UTF-8 e importalo di nuovo</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte} at position {position}){hint}</source>
        <translation>non è testo UTF-8 (byte 0x{byte} alla posizione {position}){hint}</translation>
    </message>
    <message>
        <source>the text encoding could not be detected; save it as UTF-8 and import again</source>
        <translation>impossibile riconoscere la codifica del testo; salvalo come UTF-8 e importalo di nuovo</translation>
    </message>
    <message>
        <source>encoding guessed as {encoding} (the file does not say); check the accents</source>
        <translation>codifica indovinata: {encoding} (il file non la dichiara); controlla le lettere accentate</translation>
    </message>
    <message>
        <source>{what}, not a web page</source>
        <translation>{what}, non una pagina web</translation>
    </message>
    <message>
        <source>a binary file, not a web page</source>
        <translation>un file binario, non una pagina web</translation>
    </message>
    <message>
        <source>binary data, not a web page</source>
        <translation>dati binari, non una pagina web</translation>
    </message>
    <message numerus="yes">
        <source>only %n word(s) of text</source>
        <translation>
            <numerusform>solo %n parola di testo</numerusform>
            <numerusform>solo %n parole di testo</numerusform>
        </translation>
    </message>
    <message>
        <source>no text</source>
        <translation>nessun testo</translation>
    </message>
    <message>
        <source>no article body found in the page ({found}; it may be an index, a menu or a login page)</source>
        <translation>nella pagina non c&apos;è il corpo di un articolo ({found}; forse è un indice, un menu o una pagina di accesso)</translation>
    </message>
    <message numerus="yes">
        <source>very short body (%n characters): check that this is the whole article</source>
        <translation>
            <numerusform>corpo molto breve (%n carattere): controlla che sia l&apos;articolo intero</numerusform>
            <numerusform>corpo molto breve (%n caratteri): controlla che sia l&apos;articolo intero</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} is not a language tag (use e.g. it, en, fr)</source>
        <translation>{text} non è un codice di lingua (usa ad esempio it, en, fr)</translation>
    </message>
    <message>
        <source>language detected from the text ({language}, {percent}% sure); the page does not say</source>
        <translation>lingua riconosciuta dal testo ({language}, sicura al {percent}%); la pagina non la dichiara</translation>
    </message>
    <message>
        <source>language unknown: the page does not say and the text is too short or mixed</source>
        <translation>lingua sconosciuta: la pagina non la dichiara e il testo è troppo breve o misto</translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation>dati compressi con gzip</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>un archivio zip</translation>
    </message>
    <message>
        <source>bzip2-compressed data</source>
        <translation>dati compressi con bzip2</translation>
    </message>
    <message>
        <source>xz-compressed data</source>
        <translation>dati compressi con xz</translation>
    </message>
    <message>
        <source>zstd-compressed data</source>
        <translation>dati compressi con zstd</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>un archivio 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>un archivio RAR</translation>
    </message>
    <message>
        <source>a PDF document (save the page as HTML, or copy its text)</source>
        <translation>un documento PDF (salva la pagina come HTML, o copiane il testo)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>un&apos;immagine PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>un&apos;immagine JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>un&apos;immagine GIF</translation>
    </message>
    <message>
        <source>a program, not a page</source>
        <translation>un programma, non una pagina</translation>
    </message>
    <message>
        <source>an old Office document</source>
        <translation>un vecchio documento Office</translation>
    </message>
    <message>
        <source>the page declares XML entities in its DOCTYPE (the pattern of XXE and &apos;billion laughs&apos; attacks); refused</source>
        <translation>la pagina dichiara entità XML nel DOCTYPE (lo schema degli attacchi XXE e &apos;billion laughs&apos;); rifiutata</translation>
    </message>
    <message>
        <source>not well-formed XML ({detail})</source>
        <translation>XML non ben formato ({detail})</translation>
    </message>
    <message>
        <source>the XML could not be read completely ({detail})</source>
        <translation>impossibile leggere l&apos;XML per intero ({detail})</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>la pagina è vuota</translation>
    </message>
    <message>
        <source>the page holds about {chars} characters of text, over the {limit} limit for one article</source>
        <translation>la pagina contiene circa {chars} caratteri di testo, oltre il limite di {limit} per un articolo</translation>
    </message>
    <message>
        <source>the page could not be parsed ({detail})</source>
        <translation>impossibile analizzare la pagina ({detail})</translation>
    </message>
    <message>
        <source>the page could not be parsed completely ({detail}); refused rather than imported truncated</source>
        <translation>impossibile analizzare la pagina per intero ({detail}); rifiutata piuttosto che importata troncata</translation>
    </message>
    <message>
        <source>the parser kept only {kept} of about {chars} characters of text; refused rather than imported truncated</source>
        <translation>l&apos;analisi ha tenuto solo {kept} dei circa {chars} caratteri di testo; rifiutata piuttosto che importata troncata</translation>
    </message>
    <message>
        <source>the Markdown is nested too deeply to convert</source>
        <translation>il Markdown è troppo annidato per convertirlo</translation>
    </message>
    <message>
        <source>the Markdown holds no text</source>
        <translation>il Markdown non contiene testo</translation>
    </message>
    <message>
        <source>the Markdown could not be converted completely ({kept} of {expected} letters kept); refused rather than imported shortened</source>
        <translation>impossibile convertire il Markdown per intero (tenute {kept} lettere su {expected}); rifiutato piuttosto che importato accorciato</translation>
    </message>
    <message>
        <source>{what}, not a saved page</source>
        <translation>{what}, non una pagina salvata</translation>
    </message>
    <message>
        <source>not an MHTML page (no MIME parts)</source>
        <translation>non è una pagina MHTML (nessuna parte MIME)</translation>
    </message>
    <message>
        <source>the HTML part of the MHTML file is empty</source>
        <translation>la parte HTML del file MHTML è vuota</translation>
    </message>
    <message>
        <source>no HTML page inside this MHTML file</source>
        <translation>nessuna pagina HTML dentro questo file MHTML</translation>
    </message>
    <message>
        <source>no article in this project has this source (URL or text hash)</source>
        <translation>nessun articolo di questo progetto ha questa fonte (URL o impronta del testo)</translation>
    </message>
    <message numerus="yes">
        <source>offsets {start}-{end} are beyond the end of the text (%n characters)</source>
        <translation>
            <numerusform>le posizioni {start}-{end} vanno oltre la fine del testo (%n carattere)</numerusform>
            <numerusform>le posizioni {start}-{end} vanno oltre la fine del testo (%n caratteri)</numerusform>
        </translation>
    </message>
    <message>
        <source>the quoted text was not found in the article</source>
        <translation>il testo citato non si trova nell&apos;articolo</translation>
    </message>
    <message>
        <source>only a fuzzy match was found (exact matches only were asked for)</source>
        <translation>si è trovata solo una corrispondenza approssimata (erano richieste solo corrispondenze esatte)</translation>
    </message>
    <message>
        <source>the span holds only white space</source>
        <translation>il tratto contiene solo spazi</translation>
    </message>
    <message numerus="yes">
        <source>{where}: left out (%n problem(s), listed)</source>
        <translation>
            <numerusform>{where}: lasciata fuori (%n problema, in elenco)</numerusform>
            <numerusform>{where}: lasciata fuori (%n problemi, in elenco)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n problems</source>
        <translation>
            <numerusform>interrotto dopo %n problema</numerusform>
            <numerusform>interrotto dopo %n problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>a verdict refers to claim {id}, which is neither in the file nor in the project</source>
        <translation>un verdetto si riferisce all&apos;affermazione {id}, che non è né nel file né nel progetto</translation>
    </message>
    <message>
        <source>the verdict of claim {id}: left out (its claim is not imported)</source>
        <translation>il verdetto dell&apos;affermazione {id}: lasciato fuori (la sua affermazione non viene importata)</translation>
    </message>
    <message>
        <source>{where}: the note is longer than {limit} characters</source>
        <translation>{where}: la nota supera i {limit} caratteri</translation>
    </message>
    <message>
        <source>{where}: expected an object, found {kind}</source>
        <translation>{where}: atteso un oggetto, trovato {kind}</translation>
    </message>
    <message>
        <source>{where}: not a Web Annotation (its type is {kind}, not &apos;Annotation&apos;)</source>
        <translation>{where}: non è una Web Annotation (il suo tipo è {kind}, non &apos;Annotation&apos;)</translation>
    </message>
    <message>
        <source>{where}: not a Web Annotation (it has no type; Annotation expected)</source>
        <translation>{where}: non è una Web Annotation (non ha un tipo; atteso Annotation)</translation>
    </message>
    <message>
        <source>{where}: no target</source>
        <translation>{where}: nessun target</translation>
    </message>
    <message>
        <source>{where}: a reply (it selects no text: it is about the whole page), not a passage</source>
        <translation>{where}: una risposta (non seleziona testo: riguarda la pagina intera), non un passaggio</translation>
    </message>
    <message>
        <source>{where}: a page note (it selects no text: it is about the whole page), not a passage</source>
        <translation>{where}: una nota sulla pagina (non seleziona testo: riguarda la pagina intera), non un passaggio</translation>
    </message>
    <message>
        <source>{where}: a verdict must target a claim (urn:uuid:...)</source>
        <translation>{where}: un verdetto deve riferirsi a un&apos;affermazione (urn:uuid:...)</translation>
    </message>
    <message>
        <source>{where}: the verdict has no text value</source>
        <translation>{where}: il verdetto non ha un valore di testo</translation>
    </message>
    <message>
        <source>{where}: a claim needs an id of the form urn:uuid:...</source>
        <translation>{where}: un&apos;affermazione ha bisogno di un id della forma urn:uuid:...</translation>
    </message>
    <message>
        <source>{where}: each body must be a TextualBody with a text value</source>
        <translation>{where}: ogni body deve essere un TextualBody con un valore di testo</translation>
    </message>
    <message>
        <source>{where}: the claim has no statement (a TextualBody with purpose &apos;describing&apos;)</source>
        <translation>{where}: l&apos;affermazione non ha un enunciato (un TextualBody con purpose &apos;describing&apos;)</translation>
    </message>
    <message>
        <source>{where} target {number}</source>
        <translation>{where} target {number}</translation>
    </message>
    <message>
        <source>{where}: selects no text (the whole page), not a passage</source>
        <translation>{where}: non seleziona testo (la pagina intera), non è un passaggio</translation>
    </message>
    <message>
        <source>{where}: passage {id} appears twice in the file</source>
        <translation>{where}: il passaggio {id} compare due volte nel file</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>{field} deve essere un testo</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>era atteso un valore</translation>
    </message>
    <message>
        <source>a property name in double quotes was expected</source>
        <translation>era atteso il nome di una proprietà tra virgolette doppie</translation>
    </message>
    <message>
        <source>a &apos;:&apos; was expected</source>
        <translation>erano attesi i due punti &apos;:&apos;</translation>
    </message>
    <message>
        <source>a &apos;,&apos; was expected</source>
        <translation>era attesa una virgola &apos;,&apos;</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>una stringa non è chiusa</translation>
    </message>
    <message>
        <source>an invalid escape</source>
        <translation>una sequenza di escape non valida</translation>
    </message>
    <message>
        <source>an invalid \uXXXX escape</source>
        <translation>una sequenza \uXXXX non valida</translation>
    </message>
    <message>
        <source>more data after the end</source>
        <translation>altri dati dopo la fine</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un carattere di controllo dentro una stringa</translation>
    </message>
    <message>
        <source>the file is {size} MB; annotation files are limited to {limit} MB</source>
        <translation>il file è di {size} MB; i file di annotazioni hanno un limite di {limit} MB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {position})</source>
        <translation>il file non è testo UTF-8 (byte {position})</translation>
    </message>
    <message>
        <source>not valid JSON: {detail} at line {line}, column {column}</source>
        <translation>JSON non valido: {detail} alla riga {line}, colonna {column}</translation>
    </message>
    <message>
        <source>not readable JSON: nested too deeply</source>
        <translation>JSON illeggibile: annidato troppo in profondità</translation>
    </message>
    <message>
        <source>expected a JSON object or list of annotations, found {kind}</source>
        <translation>atteso un oggetto JSON o un elenco di annotazioni, trovato {kind}</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not embedded (first is only a link)</source>
        <translation>le pagine della raccolta non sono incluse (first è solo un collegamento)</translation>
    </message>
    <message>
        <source>an AnnotationPage without an items list</source>
        <translation>una AnnotationPage senza un elenco items</translation>
    </message>
    <message>
        <source>{where}: {key} must be text, found {kind}</source>
        <translation>{where}: {key} deve essere un testo, trovato {kind}</translation>
    </message>
    <message>
        <source>{where}: {key} must be an agent or a name</source>
        <translation>{where}: {key} deve essere un agente o un nome</translation>
    </message>
    <message>
        <source>{where}: a selector must be an object</source>
        <translation>{where}: un selettore deve essere un oggetto</translation>
    </message>
    <message>
        <source>{where}: the target {target} has no selector (a whole-document target cannot be anchored)</source>
        <translation>{where}: il target {target} non ha un selettore (un target sull&apos;intero documento non si può ancorare)</translation>
    </message>
    <message>
        <source>{where}: a target must be an object, found {kind}</source>
        <translation>{where}: un target deve essere un oggetto, trovato {kind}</translation>
    </message>
    <message>
        <source>{where}: the target has no source document (neither source nor id names one)</source>
        <translation>{where}: il target non ha un documento di origine (né source né id ne indicano uno)</translation>
    </message>
    <message>
        <source>{where}: its only TextPositionSelector is nested under refinedBy, so its offsets count inside another selector&apos;s part of the page, and there is no TextQuoteSelector to anchor by</source>
        <translation>{where}: il suo unico TextPositionSelector è annidato sotto refinedBy, quindi le sue posizioni contano dentro la parte di pagina di un altro selettore, e non c&apos;è un TextQuoteSelector con cui ancorarlo</translation>
    </message>
    <message>
        <source>{where}: no TextQuoteSelector or TextPositionSelector (found: {kinds})</source>
        <translation>{where}: nessun TextQuoteSelector o TextPositionSelector (trovati: {kinds})</translation>
    </message>
    <message>
        <source>{where}: no TextQuoteSelector or TextPositionSelector</source>
        <translation>{where}: nessun TextQuoteSelector o TextPositionSelector</translation>
    </message>
    <message>
        <source>{where}: TextPositionSelector start and end must be whole numbers</source>
        <translation>{where}: start ed end di TextPositionSelector devono essere numeri interi</translation>
    </message>
    <message>
        <source>{where}: TextPositionSelector {start}-{end} is not a span (0 &lt;= start &lt; end)</source>
        <translation>{where}: TextPositionSelector {start}-{end} non è un tratto (0 &lt;= start &lt; end)</translation>
    </message>
    <message>
        <source>{where}: TextQuoteSelector without the quoted text (exact)</source>
        <translation>{where}: TextQuoteSelector senza il testo citato (exact)</translation>
    </message>
    <message>
        <source>annotation {number}</source>
        <translation>annotazione {number}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>riga {number}</translation>
    </message>
    <message>
        <source>reply {number}</source>
        <translation>risposta {number}</translation>
    </message>
    <message>
        <source>a reply (to {parent}), not a passage</source>
        <translation>una risposta (a {parent}), non un passaggio</translation>
    </message>
    <message numerus="yes">
        <source>“{title}”: %n character(s) that XML 1.0 cannot hold were written as U+FFFD (offsets unchanged)</source>
        <translation>
            <numerusform>“{title}”: %n carattere che XML 1.0 non può contenere è stato scritto come U+FFFD (posizioni invariate)</numerusform>
            <numerusform>“{title}”: %n caratteri che XML 1.0 non può contenere sono stati scritti come U+FFFD (posizioni invariate)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a readable zip file</source>
        <translation>non è un file zip leggibile</translation>
    </message>
    <message>
        <source>the zip holds {count} files; at most {limit} are read</source>
        <translation>lo zip contiene {count} file; se ne leggono al massimo {limit}</translation>
    </message>
    <message>
        <source>the zip unpacks to more than {limit} MB</source>
        <translation>lo zip scompattato supera i {limit} MB</translation>
    </message>
    <message>
        <source>the zip holds no .xmi file</source>
        <translation>lo zip non contiene alcun file .xmi</translation>
    </message>
    <message>
        <source>{name}: XMI never has a DOCTYPE (refused: the pattern of XXE attacks)</source>
        <translation>{name}: un XMI non ha mai un DOCTYPE (rifiutato: lo schema degli attacchi XXE)</translation>
    </message>
    <message>
        <source>{name}: not readable UIMA CAS XMI ({detail})</source>
        <translation>{name}: non è un UIMA CAS XMI leggibile ({detail})</translation>
    </message>
</context>
<context>
    <name>gesture_texts</name>
    <message>
        <source>Select a claim first.</source>
        <translation>Prima seleziona un&apos;affermazione.</translation>
    </message>
    <message>
        <source>Six panes at most; close one first (Ctrl+W).</source>
        <translation>Al massimo sei riquadri; prima chiudine uno (Ctrl+W).</translation>
    </message>
    <message>
        <source>This claim has no passages yet.</source>
        <translation>Questa affermazione non ha ancora passaggi.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Prima apri un articolo.</translation>
    </message>
    <message>
        <source>Select some text in an article, then press H.</source>
        <translation>Seleziona un testo in un articolo, poi premi H.</translation>
    </message>
    <message>
        <source>Passage highlighted. Press L to link it to the current claim, or N for a new claim.</source>
        <translation>Passaggio evidenziato. Premi L per collegarlo all&apos;affermazione corrente, o N per una nuova affermazione.</translation>
    </message>
    <message>
        <source>Select the text that makes the claim, then press N.</source>
        <translation>Seleziona il testo che contiene l&apos;affermazione, poi premi N.</translation>
    </message>
    <message>
        <source>New claim created. Type a statement and press Enter, or Esc to keep the quote.</source>
        <translation>Nuova affermazione creata. Scrivi un enunciato e premi Invio, o Esc per tenere la citazione.</translation>
    </message>
    <message>
        <source>Select a claim in the claims panel first (or press K to choose one).</source>
        <translation>Prima seleziona un&apos;affermazione nel pannello delle affermazioni (o premi K per sceglierne una).</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>Quell&apos;affermazione non esiste più.</translation>
    </message>
    <message>
        <source>This passage is already linked to that claim.</source>
        <translation>Questo passaggio è già collegato a quell&apos;affermazione.</translation>
    </message>
    <message>
        <source>Select text in an article (or click a passage) to link it.</source>
        <translation>Seleziona un testo in un articolo (o fai clic su un passaggio) per collegarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Linked. The claim is now carried by {sources} of %n articles.</source>
        <translation>
            <numerusform>Collegato. Ora l&apos;affermazione è presente in {sources} su %n articolo.</numerusform>
            <numerusform>Collegato. Ora l&apos;affermazione è presente in {sources} su %n articoli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a passage first.</source>
        <translation>Prima fai clic su un passaggio.</translation>
    </message>
    <message>
        <source>This passage is not linked to a claim.</source>
        <translation>Questo passaggio non è collegato a un&apos;affermazione.</translation>
    </message>
    <message>
        <source>Passage unlinked; it stays highlighted.</source>
        <translation>Passaggio scollegato; resta evidenziato.</translation>
    </message>
    <message>
        <source>Passage deleted (Ctrl+Z brings it back).</source>
        <translation>Passaggio eliminato (Ctrl+Z lo ripristina).</translation>
    </message>
    <message>
        <source>Select exactly two claims (Ctrl+click); the current one keeps the other&apos;s passages.</source>
        <translation>Seleziona esattamente due affermazioni (Ctrl+clic); quella corrente prende i passaggi dell&apos;altra.</translation>
    </message>
    <message>
        <source>Claims merged (Ctrl+Z separates them again).</source>
        <translation>Affermazioni unite (Ctrl+Z le separa di nuovo).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>Elimina l&apos;affermazione</numerusform>
            <numerusform>Elimina %n affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>{label}: done (Ctrl+Z brings it back).</source>
        <translation>{label}: fatto (Ctrl+Z ripristina).</translation>
    </message>
    <message>
        <source>Six panes at most; close one to open the other articles.</source>
        <translation>Al massimo sei riquadri; chiudine uno per aprire gli altri articoli.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n more article(s).</source>
        <translation>
            <numerusform>Aperto un altro articolo.</numerusform>
            <numerusform>Aperti altri %n articoli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every article carrying it is open.</source>
        <translation>Tutti gli articoli che la riportano sono aperti.</translation>
    </message>
    <message>
        <source>This article has no passages yet.</source>
        <translation>Questo articolo non ha ancora passaggi.</translation>
    </message>
    <message>
        <source>That passage no longer exists.</source>
        <translation>Quel passaggio non esiste più.</translation>
    </message>
    <message>
        <source>This source does not carry the claim.</source>
        <translation>Questa fonte non riporta l&apos;affermazione.</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>nessuno aperto</translation>
    </message>
    <message>
        <source>Link passages across articles as one claim.</source>
        <translation>Collega i passaggi di articoli diversi come un&apos;unica affermazione.</translation>
    </message>
    <message>
        <source>Project file: {where}</source>
        <translation>File del progetto: {where}</translation>
    </message>
    <message>
        <source>About Crosscheck</source>
        <translation>Informazioni su Crosscheck</translation>
    </message>
</context>
<context>
    <name>import_texts</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importato</numerusform>
            <numerusform>%n importati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <source>too deeply nested or too large to read</source>
        <translation>troppo annidato o troppo grande da leggere</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>impossibile leggerlo ({detail})</translation>
    </message>
    <message>
        <source>unknown encoding {name} (try utf-8, cp1252, latin-1, utf-16)</source>
        <translation>codifica sconosciuta {name} (prova utf-8, cp1252, latin-1, utf-16)</translation>
    </message>
    <message>
        <source>same text as “{title}”, already in the project</source>
        <translation>stesso testo di “{title}”, già nel progetto</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Importa %n articolo</numerusform>
            <numerusform>Importa %n articoli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>io_texts</name>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht);;Web pages (*.html *.htm *.xhtml *.mhtml *.mht);;Text and Markdown (*.txt *.md);;All files (*)</source>
        <translation>Articoli (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht);;Pagine web (*.html *.htm *.xhtml *.mhtml *.mht);;Testo e Markdown (*.txt *.md);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Progetto in uso</translation>
    </message>
    <message>
        <source>{error}

Open it read-only?</source>
        <translation>{error}

Aprirlo in sola lettura?</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossibile aprire il progetto</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importa articoli</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Negli appunti non c&apos;è testo da importare.</translation>
    </message>
    <message>
        <source>Merge from project</source>
        <translation>Unisci da un progetto</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Impossibile unire</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unione</translation>
    </message>
    <message>
        <source>Merge failed; nothing was changed</source>
        <translation>Unione non riuscita; non è cambiato nulla</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Rapporto dell&apos;unione</translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>Salva il rapporto dell&apos;unione</translation>
    </message>
    <message>
        <source>merge-report.txt</source>
        <translation>rapporto-unione.txt</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Testo (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Impossibile salvare il rapporto</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Prima apri un progetto.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Esportato in {path}</translation>
    </message>
    <message>
        <source>Import W3C annotations</source>
        <translation>Importa annotazioni W3C</translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotation (*.jsonld *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Some passages cannot be placed</source>
        <translation>Alcuni passaggi non si possono collocare</translation>
    </message>
    <message numerus="yes">
        <source>{message}.

Import the %n passage(s) that can be placed and list the orphans?</source>
        <translation>
            <numerusform>{message}.

Importare l&apos;unico passaggio che si può collocare ed elencare gli orfani?</numerusform>
            <numerusform>{message}.

Importare i %n passaggi che si possono collocare ed elencare gli orfani?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossibile leggere il file</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <source>Re-anchored for review: “{quote}” in {title}</source>
        <translation>Riancorato, da rivedere: “{quote}” in {title}</translation>
    </message>
    <message>
        <source>Orphan: {quote}</source>
        <translation>Orfano: {quote}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importa annotazioni</translation>
    </message>
    <message>
        <source>{name} was moved or deleted on disk; use Share a copy to keep your work.</source>
        <translation>{name} è stato spostato o eliminato dal disco; usa Condividi una copia per conservare il tuo lavoro.</translation>
    </message>
    <message>
        <source>Project changed on disk</source>
        <translation>Progetto cambiato sul disco</translation>
    </message>
    <message>
        <source>{name} was changed by another program (a sync client?).

Reload it? Your changes so far are in the file; undo history will be cleared.</source>
        <translation>{name} è stato cambiato da un altro programma (un client di sincronizzazione?).

Ricaricarlo? Le tue modifiche finora sono nel file; la cronologia per annullare verrà cancellata.</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>Questo progetto è aperto in sola lettura.</translation>
    </message>
</context>
<context>
    <name>merge_texts</name>
    <message>
        <source>An article of the other project uses an id already taken here ({key}); it was left out.</source>
        <translation>Un articolo dell&apos;altro progetto usa un id già usato qui ({key}); è stato lasciato fuori.</translation>
    </message>
    <message>
        <source>A claim of the other project uses an id already taken here ({key}); it was left out.</source>
        <translation>Un&apos;affermazione dell&apos;altro progetto usa un id già usato qui ({key}); è stata lasciata fuori.</translation>
    </message>
    <message>
        <source>A passage of the other project uses an id already taken here ({key}); it was left out.</source>
        <translation>Un passaggio dell&apos;altro progetto usa un id già usato qui ({key}); è stato lasciato fuori.</translation>
    </message>
    <message>
        <source>The two projects share no articles: everything from the other project is added as new.</source>
        <translation>I due progetti non hanno articoli in comune: tutto quello dell&apos;altro progetto viene aggiunto come nuovo.</translation>
    </message>
    <message>
        <source>Nothing to merge: this project already holds everything the other one has.</source>
        <translation>Niente da unire: questo progetto contiene già tutto quello che ha l&apos;altro.</translation>
    </message>
    <message>
        <source>“{title}” has a slightly different text in the other project; its passages were re-anchored on ours and are flagged for review.</source>
        <translation>“{title}” ha un testo leggermente diverso nell&apos;altro progetto; i suoi passaggi sono stati riancorati sul nostro e segnati da rivedere.</translation>
    </message>
    <message>
        <source>its article is missing from the other project</source>
        <translation>il suo articolo manca nell&apos;altro progetto</translation>
    </message>
    <message>
        <source>its quote could not be found in the article text</source>
        <translation>la sua citazione non si trova nel testo dell&apos;articolo</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>cambiato da entrambe le parti</translation>
    </message>
    <message>
        <source>deleted here, changed there</source>
        <translation>eliminato qui, cambiato nell&apos;altro</translation>
    </message>
    <message>
        <source>deleted there, changed here</source>
        <translation>eliminato nell&apos;altro, cambiato qui</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>Unione di progetti</translation>
    </message>
    <message>
        <source>its article is not in the merged project</source>
        <translation>il suo articolo non è nel progetto unito</translation>
    </message>
    <message>
        <source>{path}: cannot merge a project into itself; choose a colleague&apos;s copy</source>
        <translation>{path}: un progetto non si può unire con sé stesso; scegli la copia di un collega</translation>
    </message>
    <message>
        <source>“{title}” in the other project had the published date {value}, which is not a valid ISO 8601 date; it was left out</source>
        <translation>“{title}” nell&apos;altro progetto aveva la data di pubblicazione {value}, che non è una data ISO 8601 valida; è stata lasciata fuori</translation>
    </message>
    <message>
        <source>Merge from {name}</source>
        <translation>Unisci da {name}</translation>
    </message>
</context>
<context>
    <name>model_load_texts</name>
    <message>
        <source>unknown suggestion model {name}</source>
        <translation>modello di suggerimento sconosciuto {name}</translation>
    </message>
    <message>
        <source>the suggestion model {name} could not be loaded ({detail})</source>
        <translation>impossibile caricare il modello di suggerimento {name} ({detail})</translation>
    </message>
    <message>
        <source>the model is turned off ({setting}=none)</source>
        <translation>il modello è spento ({setting}=none)</translation>
    </message>
</context>
<context>
    <name>model_texts</name>
    <message>
        <source>unknown verdict {text}; use one of: {allowed}</source>
        <translation>verdetto sconosciuto {text}; usa uno di questi: {allowed}</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Sostiene</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Riporta</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Smentisce</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Per lo più vero</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Vero a metà</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Per lo più falso</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Non verificabile</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <source>unknown stance {text}; use one of: {allowed}</source>
        <translation>posizione sconosciuta {text}; usa una di queste: {allowed}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>articolo</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affermazione</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>passaggio</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>text hash</source>
        <translation>impronta del testo</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>testata</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autore</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inizio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citazione</translation>
    </message>
    <message>
        <source>text before</source>
        <translation>testo prima</translation>
    </message>
    <message>
        <source>text after</source>
        <translation>testo dopo</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>detto da</translation>
    </message>
    <message>
        <source>claim date</source>
        <translation>data dell&apos;affermazione</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>enunciato</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdetto</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etichette</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colore</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificato</translation>
    </message>
</context>
<context>
    <name>pane_texts</name>
    <message>
        <source>Unlinked passage: “{quote}”</source>
        <translation>Passaggio non collegato: “{quote}”</translation>
    </message>
    <message>
        <source>Passage of the claim “{statement}”, {stance}: “{quote}”</source>
        <translation>Passaggio dell&apos;affermazione “{statement}”, {stance}: “{quote}”</translation>
    </message>
    <message>
        <source>Unlinked passage</source>
        <translation>Passaggio non collegato</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Verdetto: {verdict}</translation>
    </message>
    <message>
        <source>Stance: {stance}</source>
        <translation>Posizione: {stance}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e un altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>project_texts</name>
    <message>
        <source>Undo {overlaps}; nothing was changed</source>
        <translation>Annulla {overlaps}; non è cambiato nulla</translation>
    </message>
    <message>
        <source>Redo {overlaps}; nothing was changed</source>
        <translation>Ripeti {overlaps}; non è cambiato nulla</translation>
    </message>
    <message>
        <source>this project is open read-only; nothing can be changed</source>
        <translation>questo progetto è aperto in sola lettura; non si può cambiare nulla</translation>
    </message>
</context>
<context>
    <name>replay_texts</name>
    <message>
        <source>{who} {what} ({kind} {name})</source>
        <translation>{who} {what} ({kind} {name})</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>qualcun altro</translation>
    </message>
    <message>
        <source>changed the {fields}</source>
        <translation>ha modificato: {fields}</translation>
    </message>
    <message>
        <source>deleted it</source>
        <translation>l&apos;ha eliminato</translation>
    </message>
    <message>
        <source>made it again</source>
        <translation>l&apos;ha ricreato</translation>
    </message>
    <message>
        <source>changed it</source>
        <translation>l&apos;ha modificato</translation>
    </message>
    <message>
        <source>its article was removed since</source>
        <translation>nel frattempo il suo articolo è stato rimosso</translation>
    </message>
    <message>
        <source>its claim was deleted since</source>
        <translation>nel frattempo la sua affermazione è stata eliminata</translation>
    </message>
    <message>
        <source>passages were linked to it since</source>
        <translation>nel frattempo vi sono stati collegati dei passaggi</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> e un altro</numerusform>
            <numerusform> e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“{label}”: since your change, {overlaps}{more}</source>
        <translation>“{label}”: dopo la tua modifica, {overlaps}{more}</translation>
    </message>
</context>
<context>
    <name>report_texts</name>
    <message>
        <source>keep both</source>
        <translation>tienile entrambe</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>uniscile</translation>
    </message>
    <message>
        <source>“{quote}” in “{title}”</source>
        <translation>“{quote}” in “{title}”</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>momento sconosciuto</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>keeping my version (the newer edit)</source>
        <translation>tengo la mia versione (la modifica più recente)</translation>
    </message>
    <message>
        <source>keeping my version, chosen over the newer edit</source>
        <translation>tengo la mia versione, scelta al posto della modifica più recente</translation>
    </message>
    <message>
        <source>keeping their version (the newer edit)</source>
        <translation>tengo la loro versione (la modifica più recente)</translation>
    </message>
    <message>
        <source>keeping their version, chosen over the newer edit</source>
        <translation>tengo la loro versione, scelta al posto della modifica più recente</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n aggiunto</numerusform>
            <numerusform>%n aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornato</numerusform>
            <numerusform>%n aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n eliminato</numerusform>
            <numerusform>%n eliminati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n possibile doppione</numerusform>
            <numerusform>%n possibili doppioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored</source>
        <translation>
            <numerusform>%n riancorato</numerusform>
            <numerusform>%n riancorati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orfano</numerusform>
            <numerusform>%n orfani</numerusform>
        </translation>
    </message>
    <message>
        <source>merged: {counts}</source>
        <translation>unione fatta: {counts}</translation>
    </message>
    <message>
        <source>would merge: {counts}</source>
        <translation>l&apos;unione darebbe: {counts}</translation>
    </message>
    <message>
        <source>Merge from {source}</source>
        <translation>Unione da {source}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unione</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Aggiunti:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aggiornati:</translation>
    </message>
    <message>
        <source>Deleted (deleted there):</source>
        <translation>Eliminati (eliminati nell&apos;altro):</translation>
    </message>
    <message>
        <source>  (by {author})</source>
        <translation>  ({author})</translation>
    </message>
    <message>
        <source>Conflicts (changed on both sides; the chosen side is kept):</source>
        <translation>Conflitti (cambiati da entrambe le parti; si tiene la parte scelta):</translation>
    </message>
    <message>
        <source>Possibly the same claim:</source>
        <translation>Forse la stessa affermazione:</translation>
    </message>
    <message numerus="yes">
        <source>“{theirs}” ~ “{ours}” (%n shared passages): {choice}</source>
        <translation>
            <numerusform>“{theirs}” ~ “{ours}” (%n passaggio in comune): {choice}</numerusform>
            <numerusform>“{theirs}” ~ “{ours}” (%n passaggi in comune): {choice}</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-anchored passages:</source>
        <translation>Passaggi riancorati:</translation>
    </message>
    <message>
        <source>  NEEDS REVIEW</source>
        <translation>  DA RIVEDERE</translation>
    </message>
    <message>
        <source>Orphaned passages (not merged; kept in this report):</source>
        <translation>Passaggi orfani (non uniti; conservati in questo rapporto):</translation>
    </message>
    <message>
        <source>Passages unlinked because their claim was deleted:</source>
        <translation>Passaggi scollegati perché la loro affermazione è stata eliminata:</translation>
    </message>
</context>
<context>
    <name>sample_texts</name>
    <message>
        <source>the sample articles are not installed ({where} has no {file})</source>
        <translation>gli articoli di esempio non sono installati ({where} non ha {file})</translation>
    </message>
    <message>
        <source>sample article {path}: {problem}</source>
        <translation>articolo di esempio {path}: {problem}</translation>
    </message>
    <message>
        <source>missing key {key}</source>
        <translation>manca la chiave {key}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>impossibile leggere {file}: {reason}</translation>
    </message>
    <message>
        <source>Add sample claims</source>
        <translation>Aggiungi le affermazioni di esempio</translation>
    </message>
    <message>
        <source>{file} names {name}, which was not imported from the folder</source>
        <translation>{file} nomina {name}, che non è stato importato dalla cartella</translation>
    </message>
    <message>
        <source>sample quote not found in {file}: {quote}…</source>
        <translation>citazione di esempio non trovata in {file}: {quote}…</translation>
    </message>
</context>
<context>
    <name>store_texts</name>
    <message>
        <source>{path}: no such project file</source>
        <translation>{path}: il file del progetto non esiste</translation>
    </message>
    <message>
        <source>{path}: a file of that name already exists; choose another name</source>
        <translation>{path}: esiste già un file con questo nome; scegline un altro</translation>
    </message>
    <message>
        <source>{path}: not a Crosscheck project: the file is not an SQLite database{detail}</source>
        <translation>{path}: non è un progetto Crosscheck: il file non è un database SQLite{detail}</translation>
    </message>
    <message>
        <source>{path}: not a Crosscheck project: it is an SQLite database of another application{detail}</source>
        <translation>{path}: non è un progetto Crosscheck: è un database SQLite di un&apos;altra applicazione{detail}</translation>
    </message>
    <message>
        <source>{path}: not a clean Crosscheck file: {detail}; it was not opened</source>
        <translation>{path}: non è un file Crosscheck pulito: {detail}; non è stato aperto</translation>
    </message>
    <message>
        <source>{path}: made by a newer Crosscheck; it needs Crosscheck {needed} or later (this is file format {ours}). Update Crosscheck to open it.</source>
        <translation>{path}: creato da un Crosscheck più recente; richiede Crosscheck {needed} o successivo (questo è il formato di file {ours}). Aggiorna Crosscheck per aprirlo.</translation>
    </message>
    <message>
        <source>{path}: the project file is damaged or truncated ({detail}); it was not changed</source>
        <translation>{path}: il file del progetto è danneggiato o troncato ({detail}); non è stato cambiato</translation>
    </message>
    <message>
        <source>{path}: the project is open in another Crosscheck window or process; close it there, or open this one read-only</source>
        <translation>{path}: il progetto è aperto in un&apos;altra finestra o in un altro processo di Crosscheck; chiudilo lì, oppure apri questo in sola lettura</translation>
    </message>
    <message>
        <source>{path}: the project is in a read-only location, so changes cannot be saved; open it read-only or share a copy elsewhere</source>
        <translation>{path}: il progetto si trova in una posizione di sola lettura, quindi le modifiche non si possono salvare; aprilo in sola lettura o condividine una copia altrove</translation>
    </message>
    <message>
        <source>{path}: could not save the change ({detail}); the project is as it was before it</source>
        <translation>{path}: impossibile salvare la modifica ({detail}); il progetto è com&apos;era prima</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>made by a newer Crosscheck; opened read-only so nothing is lost</source>
        <translation>creato da un Crosscheck più recente; aperto in sola lettura perché non si perda nulla</translation>
    </message>
    <message>
        <source>unreadable row: {error}</source>
        <translation>riga illeggibile: {error}</translation>
    </message>
    <message>
        <source>the project file was moved or deleted; use Share a copy</source>
        <translation>il file del progetto è stato spostato o eliminato; usa Condividi una copia</translation>
    </message>
    <message>
        <source>the project file was replaced on disk by another program</source>
        <translation>il file del progetto è stato sostituito sul disco da un altro programma</translation>
    </message>
    <message>
        <source>it is on a network drive</source>
        <translation>si trova su un&apos;unità di rete</translation>
    </message>
    <message>
        <source>it is in a read-only location</source>
        <translation>si trova in una posizione di sola lettura</translation>
    </message>
    <message>
        <source>{name}: {why}, so you are working on a local copy ({copy}); the original is not changed. Use Share a copy to put your work back.</source>
        <translation>{name}: {why}, quindi stai lavorando su una copia locale ({copy}); l&apos;originale non cambia. Usa Condividi una copia per riportare indietro il tuo lavoro.</translation>
    </message>
    <message>
        <source>it came from someone else</source>
        <translation>viene da qualcun altro</translation>
    </message>
    <message>
        <source>{name} is open in another Crosscheck window or process, so it was opened read-only</source>
        <translation>{name} è aperto in un&apos;altra finestra o in un altro processo di Crosscheck, quindi è stato aperto in sola lettura</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>it looks like a zip archive</source>
        <translation>sembra un archivio zip</translation>
    </message>
    <message numerus="yes">
        <source>only %n bytes</source>
        <translation>
            <numerusform>solo %n byte</numerusform>
            <numerusform>solo %n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid page size in the header</source>
        <translation>dimensione di pagina non valida nell&apos;intestazione</translation>
    </message>
    <message>
        <source>the file ends in the middle of a page</source>
        <translation>il file finisce a metà di una pagina</translation>
    </message>
    <message>
        <source>{size} of {expected} bytes present</source>
        <translation>presenti {size} byte su {expected}</translation>
    </message>
    <message numerus="yes">
        <source>%n dangling reference(s), e.g. {table} row {row} -&gt; {parent}</source>
        <translation>
            <numerusform>%n riferimento sospeso, per esempio {table} riga {row} -&gt; {parent}</numerusform>
            <numerusform>%n riferimenti sospesi, per esempio {table} riga {row} -&gt; {parent}</numerusform>
        </translation>
    </message>
    <message>
        <source>it contains a trigger ({name})</source>
        <translation>contiene un trigger ({name})</translation>
    </message>
    <message>
        <source>it contains a view ({name})</source>
        <translation>contiene una vista ({name})</translation>
    </message>
    <message>
        <source>it contains a virtual table ({name})</source>
        <translation>contiene una tabella virtuale ({name})</translation>
    </message>
    <message>
        <source>the table {name} is missing</source>
        <translation>manca la tabella {name}</translation>
    </message>
    <message>
        <source>the table {name} has unexpected columns</source>
        <translation>la tabella {name} ha colonne inattese</translation>
    </message>
    <message>
        <source>it has a table we never write ({name})</source>
        <translation>ha una tabella che non scriviamo mai ({name})</translation>
    </message>
    <message>
        <source>it is {kind}</source>
        <translation>è {kind}</translation>
    </message>
    <message>
        <source>it has an index we never write ({name})</source>
        <translation>ha un indice che non scriviamo mai ({name})</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>qualcun altro</translation>
    </message>
    <message>
        <source>{who} deleted the {kind} {name}</source>
        <translation>{who} ha eliminato: {kind} {name}</translation>
    </message>
    <message>
        <source>{who} changed the {kind} {name}</source>
        <translation>{who} ha modificato: {kind} {name}</translation>
    </message>
    <message>
        <source>{who} changed the {field} of the {kind} {name} to {theirs} (yours: {ours})</source>
        <translation>{who} ha cambiato {field} ({kind} {name}) in {theirs} (la tua versione: {ours})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niente</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> e un altro</numerusform>
            <numerusform> e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{conflicts}{more} after you last saw it; nothing was saved, choose which to keep</source>
        <translation>{conflicts}{more} dopo che l&apos;hai visto l&apos;ultima volta; non è stato salvato nulla, scegli che cosa tenere</translation>
    </message>
</context>
<context>
    <name>suggestion_texts</name>
    <message>
        <source>{likelihood} · words and figures only</source>
        <translation>{likelihood} · solo parole e numeri</translation>
    </message>
</context>
<context>
    <name>team_texts</name>
    <message>
        <source>Publishing {name} to the team server…</source>
        <translation>Pubblicazione di {name} sul server della redazione…</translation>
    </message>
    <message>
        <source>Team project password</source>
        <translation>Password del progetto di redazione</translation>
    </message>
    <message>
        <source>{message}

Your password for this server (kept in the system keyring, not by Crosscheck):</source>
        <translation>{message}

La tua password per questo server (conservata nel portachiavi di sistema, non da Crosscheck):</translation>
    </message>
    <message>
        <source>Changed by a colleague</source>
        <translation>Modificato da un collega</translation>
    </message>
    <message>
        <source>Someone changed this while you were editing it. Nothing was overwritten.</source>
        <translation>Qualcuno lo ha modificato mentre lo stavi modificando tu. Non è stato sovrascritto nulla.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Tieni la sua</translation>
    </message>
    <message>
        <source>Use mine instead</source>
        <translation>Usa la mia</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Un&apos;altra persona</translation>
    </message>
    <message>
        <source>{who} changed this field ({field}) while you were typing.</source>
        <translation>{who} ha modificato questo campo ({field}) mentre scrivevi.</translation>
    </message>
    <message>
        <source>Theirs: “{theirs}”

Nothing has been overwritten yet.</source>
        <translation>La sua versione: «{theirs}»

Non è stato ancora sovrascritto nulla.</translation>
    </message>
</context>
</TS>
