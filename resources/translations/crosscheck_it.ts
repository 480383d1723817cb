<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Merge from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted (deleted there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (by {author})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (changed on both sides; the chosen side is kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{theirs}” ~ “{ours}” (%n shared passages): {choice}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re-anchored passages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned passages (not merged; kept in this report):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages unlinked because their claim was deleted:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleLibrary</name>
    <message>
        <source>Filter articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article shown in this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this pane (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim coverage in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article above, or in the Articles panel on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This project has no articles yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import saved web pages (.html, .mhtml), text or Markdown files, or drop them on the window. Ctrl+Shift+V pastes an article from the clipboard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPicker</name>
    <message>
        <source>Type to find a claim, Enter to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims to link to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Filter claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n claim(s) {label} — View → Show all claims (Ctrl+Shift+A) to clear</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s). What should happen to the linked passages?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Either way, Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as unlinked passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the passages too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorSplitter</name>
    <message>
        <source>Connectors between linked passages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageDock</name>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is drawn when this panel is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried by {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claims filtered to %n carried by {source} — View → Show all claims to clear</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Coverage chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims × sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sources by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) carried; passages: {counts}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a tie between %n sources (none is known to be earlier)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no dated source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First appearance: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: {statement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried by this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied for first appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supports</source>
        <comment>passages</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <comment>passages</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refutes</source>
        <comment>passages</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;selected claims ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only claims with a &amp;verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked in a list means no filter on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview publisher (stored in the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check article URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… ({id} becomes the claim id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the fact-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict names in the ClaimReview follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln passage(s) to {name}…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HintBanner</name>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How it works:&lt;/b&gt; select text in an article and press &lt;b&gt;H&lt;/b&gt; to highlight it, &lt;b&gt;N&lt;/b&gt; to make it a new claim, or &lt;b&gt;L&lt;/b&gt; to link it to the claim selected on the right (&lt;b&gt;K&lt;/b&gt; to pick one). Select a claim to line up every article on it. Everything is saved as you go; &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, recorded with your changes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped: the files read so far can still be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: the same text is already in the project as “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: the same text as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
… %Ln more character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{encoding}, read by {extractor} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the date before importing (or clear it): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who made the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages of this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim in the list, or click a highlighted passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to: {statement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the claim was made (YYYY-MM-DD, or YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosscheck stays in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosscheck will be in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (read-only) — Crosscheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (local copy) — Crosscheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — Crosscheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample articles are not available: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claim carried by {sources} of %n articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{message}; not in open: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no claims yet: press N to make one from the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{choice} (newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging will give: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — added by {author}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneArea</name>
    <message>
        <source>Articles side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This article does not carry the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectBridge</name>
    <message>
        <source>{what} failed; nothing was changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the copy&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out notes (claim and passage notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out author names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is one clean file, with every article, passage and claim, ready to email. The open project is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Compare how outlets report the same event: link passages across articles as one claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Link suggestions use word and number matching only: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage or a claim to see where the other articles say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{likely} of the %n article(s) without the claim have a likely match; in the others the best candidate is unlikely, so they probably leave it out or say it differently.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vectors for %n article(s) are still being computed; those are ranked by word and number matching for now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion linked to the claim (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Link suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage or a claim to see where other articles say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested passages in other articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), most likely first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All ranked by words and figures only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ranked by words and figures only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates in the other articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Computing suggestions… ({done} of %n articles)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Computing suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictDelegate</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ExportThread</name>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>action_texts</name>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .crosscheck file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the text on the clipboard as an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge from project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a colleague&apos;s work into this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation, ClaimReview, CSV, brat or an HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import W3C &amp;annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a clean single-file copy to send to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded with your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a passage with no claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New claim from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a claim from the selected text and link the passage to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to current claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to c&amp;laim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the claim to link to from a searchable list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next passage in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous passage in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next passage of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous passage of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open articles carrying the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pane for each article that carries the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find this claim in all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which articles probably carry the selected claim, in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the two selected claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add article pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close article pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to pane {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to article library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter accepts the selected suggestion, Delete rejects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;verage chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which source carries which claim; click a cell to go to the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the claims filter (text, verdict, or a source picked in the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Crosscheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Import saved web pages, text and Markdown files (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read W3C Web Annotation JSON-LD (ours, or Hypothesis&apos;s) onto this project&apos;s articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected text (or passage) to the claim selected in the claims panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annotation_texts</name>
    <message>
        <source>the XMI holds no CrosscheckPassage annotations (in INCEpTION, import TypeSystem.xml as a layer first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file has %n problem(s); nothing was imported. Fix them, or import the good annotations and leave these out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) could not be anchored (orphans); nothing was imported. Fix the articles, or import the rest and leave the orphans out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing to import (%n skipped, listed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotations do not fit this project; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (listed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{claims} and {passages} imported (%n change(s)){skipped}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chart_texts</name>
    <message>
        <source>Claims carried per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export a chart as {suffix}; use .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file without suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the exporter wrote nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} image (*.{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by sources matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tied for first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clipboard_texts</name>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>command_texts</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passage with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim needs a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim statement is limited to {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note is limited to {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag is limited to {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged claim: {statement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same text is already in the project as “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article with id {id} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article metadata has no field {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage {start}-{end} is outside the article text (0-{length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passage cannot be only white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passage with id {id} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim with id {id} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge a claim with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged claim&apos;s claimant: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged claim&apos;s claim date: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {id}: the text does not match its sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {id}: the same text is already in the project as “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage {id}: {start}-{end} is outside the article text (0-{length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage {id}: the quote does not match the article text at {start}-{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {id}: the {field} {value} is not in its stored form {stored}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>confidence_texts</name>
    <message>
        <source>likely ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlikely ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coverage_texts</name>
    <message>
        <source>(no outlet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>a source whose passages take several stances</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>date_texts</name>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} is not a valid ISO 8601 date: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as YYYY-MM-DD, e.g. 2021-12-30, or with a time, e.g. 2021-12-30T10:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty; {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long; {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time of day needs a full date (YYYY-MM-DD) before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of day {time} is not hh:mm[:ss][Z|±hh:mm]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year 0000 is not on the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has no week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} has no day {day} (it has {days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year and month without a day need the hyphen (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no day {day} in {month} {year} (it has {days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is not a time of day (00:00 to 23:59:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} is not a UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day and month order is not ISO 8601; write {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month and day order is not ISO 8601; write {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could mean {one} or {other}; {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timestamp needs at least a full date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_texts</name>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossless: claims, passages, verdicts, stances and notes; other annotation tools read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per passage; UTF-8 with BOM for spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat standoff (zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and .ann files per article, for corpus and ML tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat for INCEpTION (zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One flat zip per article for INCEpTION&apos;s brat import; the claim and notes as attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UIMA CAS XMI for INCEpTION (zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One XMI per article and the type system of a CrosscheckPassage layer, for INCEpTION and UIMA tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-contained page for an editor: claims, verdicts, highlighted sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ClaimReview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ClaimReview snippet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>exported {items} ({claims}, {passages}, {articles}) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fact-checkers publish: one ClaimReview per claim with a verdict (export one claim for its page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview snippets to paste (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per claim with a verdict, the &lt;script&gt; element to paste into its fact-check article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format {name}; use one of: {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim with id {id} in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id {id} in this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_texts</name>
    <message>
        <source>Crosscheck projects (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded with the changes you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name: this is the open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to {path} (without notes and author names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to {path} (without notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to {path} (without author names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format_texts</name>
    <message>
        <source>{name} ignored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ignored: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {key} ignored (not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the {limit} limit for one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not list the folder ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link (not followed inside folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images and scripts saved with {page}, not articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder notes, not an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a supported article type ({suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a supported article type ({suffix}); supported: {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} is over the {limit} limit for one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file (it may have been moved or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read it ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {problem}; left out (set the date in the review or in NAME.meta.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview needs the URL of the fact-check article: give --review-url or set the project setting {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review URL must start with http:// or https://: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publisher URL must start with http:// or https://: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict names for the review language {language}; use one of: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim in the export has a verdict, so there is no ClaimReview to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no publisher: the ClaimReviews have no author; give --publisher-name or set the project setting {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim {id}: claimReviewed has {length} characters; Google advises at most {limit} (“{start}…”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>claim {id}: %n sources tie for the first appearance; firstAppearance is left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not valid {what} (byte 0x{byte} at position {position})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 although the page declares it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page declares {encoding} but is not valid {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page declares an unknown encoding ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it looks like {encoding}: save it as UTF-8, or import with --encoding {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; save it as UTF-8 and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte} at position {position}){hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text encoding could not be detected; save it as UTF-8 and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding guessed as {encoding} (the file does not say); check the accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, not a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary file, not a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only %n word(s) of text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article body found in the page ({found}; it may be an index, a menu or a login page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>very short body (%n characters): check that this is the whole article</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>language detected from the text ({language}, {percent}% sure); the page does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language unknown: the page does not say and the text is too short or mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip-compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bzip2-compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz-compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd-compressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document (save the page as HTML, or copy its text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program, not a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page declares XML entities in its DOCTYPE (the pattern of XXE and &apos;billion laughs&apos; attacks); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML could not be read completely ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page holds about {chars} characters of text, over the {limit} limit for one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be parsed ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be parsed completely ({detail}); refused rather than imported truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parser kept only {kept} of about {chars} characters of text; refused rather than imported truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Markdown is nested too deeply to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Markdown holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Markdown could not be converted completely ({kept} of {expected} letters kept); refused rather than imported shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, not a saved page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an MHTML page (no MIME parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTML part of the MHTML file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTML page inside this MHTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article in this project has this source (URL or text hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>offsets {start}-{end} are beyond the end of the text (%n characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the quoted text was not found in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a fuzzy match was found (exact matches only were asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span holds only white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{where}: left out (%n problem(s), listed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a verdict refers to claim {id}, which is neither in the file nor in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verdict of claim {id}: left out (its claim is not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the note is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected an object, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a Web Annotation (its type is {kind}, not &apos;Annotation&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a Web Annotation (it has no type; Annotation expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a reply (it selects no text: it is about the whole page), not a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a page note (it selects no text: it is about the whole page), not a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a verdict must target a claim (urn:uuid:...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the verdict has no text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a claim needs an id of the form urn:uuid:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: each body must be a TextualBody with a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the claim has no statement (a TextualBody with purpose &apos;describing&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} target {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: selects no text (the whole page), not a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: passage {id} appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} MB; annotation files are limited to {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {position})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {detail} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable JSON: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object or list of annotations, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not embedded (first is only a link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AnnotationPage without an items list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {key} must be text, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {key} must be an agent or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a selector must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the target {target} has no selector (a whole-document target cannot be anchored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a target must be an object, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the target has no source document (neither source nor id names one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its only TextPositionSelector is nested under refinedBy, so its offsets count inside another selector&apos;s part of the page, and there is no TextQuoteSelector to anchor by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no TextQuoteSelector or TextPositionSelector (found: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no TextQuoteSelector or TextPositionSelector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: TextPositionSelector start and end must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: TextPositionSelector {start}-{end} is not a span (0 &lt;= start &lt; end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: TextQuoteSelector without the quoted text (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply (to {parent}), not a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{title}”: %n character(s) that XML 1.0 cannot hold were written as U+FFFD (offsets unchanged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not a readable zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip holds {count} files; at most {limit} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip unpacks to more than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip holds no .xmi file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: XMI never has a DOCTYPE (refused: the pattern of XXE attacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not readable UIMA CAS XMI ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gesture_texts</name>
    <message>
        <source>Select a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six panes at most; close one first (Ctrl+W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim has no passages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in an article, then press H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage highlighted. Press L to link it to the current claim, or N for a new claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text that makes the claim, then press N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim created. Type a statement and press Enter, or Esc to keep the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim in the claims panel first (or press K to choose one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in an article (or click a passage) to link it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked. The claim is now carried by {sources} of %n articles.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a passage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is not linked to a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage unlinked; it stays highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage deleted (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two claims (Ctrl+click); the current one keeps the other&apos;s passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims merged (Ctrl+Z separates them again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{label}: done (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six panes at most; close one to open the other articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n more article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every article carrying it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no passages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source does not carry the claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link passages across articles as one claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Crosscheck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_texts</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>too deeply nested or too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding {name} (try utf-8, cp1252, latin-1, utf-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a language tag (use e.g. it, en, fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same text as “{title}”, already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>io_texts</name>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht);;Web pages (*.html *.htm *.xhtml *.mhtml *.mht);;Text and Markdown (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge failed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge-report.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import W3C annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.jsonld *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some passages cannot be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{message}.

Import the %n passage(s) that can be placed and list the orphans?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-anchored for review: “{quote}” in {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was moved or deleted on disk; use Share a copy to keep your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by another program (a sync client?).

Reload it? Your changes so far are in the file; undo history will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>merge_texts</name>
    <message>
        <source>An article of the other project uses an id already taken here ({key}); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim of the other project uses an id already taken here ({key}); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passage of the other project uses an id already taken here ({key}); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two projects share no articles: everything from the other project is added as new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: this project already holds everything the other one has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has a slightly different text in the other project; its passages were re-anchored on ours and are flagged for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its article is missing from the other project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its quote could not be found in the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted here, changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted there, changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its article is not in the merged project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot merge a project into itself; choose a colleague&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” in the other project had the published date {value}, which is not a valid ISO 8601 date; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_load_texts</name>
    <message>
        <source>unknown suggestion model {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion model {name} could not be loaded ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_texts</name>
    <message>
        <source>unknown verdict {text}; use one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stance {text}; use one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pane_texts</name>
    <message>
        <source>Unlinked passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance: {stance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>project_texts</name>
    <message>
        <source>this project is open read-only; nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report_texts</name>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” in “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping my version (the newer edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping my version, chosen over the newer edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping their version (the newer edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping their version, chosen over the newer edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>merged: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would merge: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sample_texts</name>
    <message>
        <source>the sample articles are not installed ({where} has no {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample article {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} names {name}, which was not imported from the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample quote not found in {file}: {quote}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store_texts</name>
    <message>
        <source>{path}: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a file of that name already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a Crosscheck project: the file is not an SQLite database{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a Crosscheck project: it is an SQLite database of another application{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a clean Crosscheck file: {detail}; it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: made by a newer Crosscheck; it needs Crosscheck {needed} or later (this is file format {ours}). Update Crosscheck to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the project file is damaged or truncated ({detail}); it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the project is open in another Crosscheck window or process; close it there, or open this one read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the project is in a read-only location, so changes cannot be saved; open it read-only or share a copy elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: could not save the change ({detail}); the project is as it was before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Crosscheck; opened read-only so nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable row: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file was moved or deleted; use Share a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file was replaced on disk by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in a read-only location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {why}, so you are working on a local copy ({copy}); the original is not changed. Use Share a copy to put your work back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it came from someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open in another Crosscheck window or process, so it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only %n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>invalid page size in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} of {expected} bytes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dangling reference(s), e.g. {table} row {row} -&gt; {parent}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it contains a trigger ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a view ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a virtual table ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table {name} has unexpected columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a table we never write ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an index we never write ({name})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suggestion_texts</name>
    <message>
        <source>{likelihood} · words and figures only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
