<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClaimPicker</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message numerus="yes">
        <source>Showing %n claim(s) {label} — View → Show all claims (Ctrl+Shift+A) to clear</source>
        <translation>
            <numerusform>Showing %n claim {label} — View → Show all claims (Ctrl+Shift+A) to clear</numerusform>
            <numerusform>Showing %n claims {label} — View → Show all claims (Ctrl+Shift+A) to clear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s). What should happen to the linked passages?</source>
        <translation>
            <numerusform>Delete %n claim. What should happen to the linked passages?</numerusform>
            <numerusform>Delete %n claims. What should happen to the linked passages?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageDock</name>
    <message numerus="yes">
        <source>Claims filtered to %n carried by {source} — View → Show all claims to clear</source>
        <translation>
            <numerusform>Claims filtered to the %n carried by {source} — View → Show all claims to clear</numerusform>
            <numerusform>Claims filtered to the %n carried by {source} — View → Show all claims to clear</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) carried; passages: {counts}</source>
        <translation>
            <numerusform>%n claim carried; passages: {counts}</numerusform>
            <numerusform>%n claims carried; passages: {counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a tie between %n sources (none is known to be earlier)</source>
        <translation>
            <numerusform>a tie between %n sources (none is known to be earlier)</numerusform>
            <numerusform>a tie between %n sources (none is known to be earlier)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supports</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n supports</numerusform>
            <numerusform>%n support</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n mentions</numerusform>
            <numerusform>%n mention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refutes</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n refutes</numerusform>
            <numerusform>%n refute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exporting %Ln passage(s) to {name}…</source>
        <translation>
            <numerusform>Exporting %Ln passage to {name}…</numerusform>
            <numerusform>Exporting %Ln passages to {name}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover to read them)</source>
        <translation>
            <numerusform>… and %n more (hover to read them)</numerusform>
            <numerusform>… and %n more (hover to read them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>
… %Ln more character(s)</source>
        <translation>
            <numerusform>
… %Ln more character</numerusform>
            <numerusform>
… %Ln more characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Import %n article</numerusform>
            <numerusform>Import %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claim carried by {sources} of %n articles</source>
        <translation>
            <numerusform>Claim carried by {sources} of %n article</numerusform>
            <numerusform>Claim carried by {sources} of %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message numerus="yes">
        <source>{likely} of the %n article(s) without the claim have a likely match; in the others the best candidate is unlikely, so they probably leave it out or say it differently.</source>
        <translation>
            <numerusform>{likely} of the %n article without the claim have a likely match; in the others the best candidate is unlikely, so they probably leave it out or say it differently.</numerusform>
            <numerusform>{likely} of the %n articles without the claim have a likely match; in the others the best candidate is unlikely, so they probably leave it out or say it differently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vectors for %n article(s) are still being computed; those are ranked by word and number matching for now.</source>
        <translation>
            <numerusform>Vectors for %n article are still being computed; those are ranked by word and number matching for now.</numerusform>
            <numerusform>Vectors for %n articles are still being computed; those are ranked by word and number matching for now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n candidate(s), most likely first.</source>
        <translation>
            <numerusform>%n candidate, most likely first.</numerusform>
            <numerusform>%n candidates, most likely first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranked by words and figures only.</source>
        <translation>
            <numerusform>%n ranked by words and figures only.</numerusform>
            <numerusform>%n ranked by words and figures only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computing suggestions… ({done} of %n articles)</source>
        <translation>
            <numerusform>Computing suggestions… ({done} of %n article)</numerusform>
            <numerusform>Computing suggestions… ({done} of %n articles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annotation_texts</name>
    <message numerus="yes">
        <source>%n passage(s) could not be anchored (orphans); nothing was imported. Fix the articles, or import the rest and leave the orphans out</source>
        <translation>
            <numerusform>%n passage could not be anchored (orphans); nothing was imported. Fix the articles, or import the rest and leave the orphans out</numerusform>
            <numerusform>%n passages could not be anchored (orphans); nothing was imported. Fix the articles, or import the rest and leave the orphans out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has %n problem(s); nothing was imported. Fix them, or import the good annotations and leave these out</source>
        <translation>
            <numerusform>the file has %n problem; nothing was imported. Fix them, or import the good annotations and leave these out</numerusform>
            <numerusform>the file has %n problems; nothing was imported. Fix them, or import the good annotations and leave these out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing to import (%n skipped, listed)</source>
        <translation>
            <numerusform>nothing to import (%n skipped, listed)</numerusform>
            <numerusform>nothing to import (%n skipped, listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (listed)</source>
        <translation>
            <numerusform>; %n skipped (listed)</numerusform>
            <numerusform>; %n skipped (listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{claims} and {passages} imported (%n change(s)){skipped}</source>
        <translation>
            <numerusform>{claims} and {passages} imported (%n change){skipped}</numerusform>
            <numerusform>{claims} and {passages} imported (%n changes){skipped}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coverage_texts</name>
    <message numerus="yes">
        <source>{name} — %n article(s)</source>
        <translation>
            <numerusform>{name} — %n article</numerusform>
            <numerusform>{name} — %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>describe_texts</name>
    <message numerus="yes">
        <source>highlighted %n passages</source>
        <translation>
            <numerusform>highlighted %n passage</numerusform>
            <numerusform>highlighted %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>linked %n passages</source>
        <translation>
            <numerusform>linked %n passage</numerusform>
            <numerusform>linked %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unlinked %n passages</source>
        <translation>
            <numerusform>unlinked %n passage</numerusform>
            <numerusform>unlinked %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edited %n passages</source>
        <translation>
            <numerusform>edited %n passage</numerusform>
            <numerusform>edited %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n passages</source>
        <translation>
            <numerusform>deleted %n passage</numerusform>
            <numerusform>deleted %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>made %n new claims</source>
        <translation>
            <numerusform>made %n new claim</numerusform>
            <numerusform>made %n new claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edited %n claims</source>
        <translation>
            <numerusform>edited %n claim</numerusform>
            <numerusform>edited %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n claims</source>
        <translation>
            <numerusform>deleted %n claim</numerusform>
            <numerusform>deleted %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n articles</source>
        <translation>
            <numerusform>imported %n article</numerusform>
            <numerusform>imported %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edited %n articles</source>
        <translation>
            <numerusform>edited %n article</numerusform>
            <numerusform>edited %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n articles</source>
        <translation>
            <numerusform>removed %n article</numerusform>
            <numerusform>removed %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export_texts</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ClaimReview(s)</source>
        <translation>
            <numerusform>%n ClaimReview</numerusform>
            <numerusform>%n ClaimReviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ClaimReview snippet(s)</source>
        <translation>
            <numerusform>%n ClaimReview snippet</numerusform>
            <numerusform>%n ClaimReview snippets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claims</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n claim(s) without a verdict left out</source>
        <translation>
            <numerusform>; %n claim without a verdict left out</numerusform>
            <numerusform>; %n claims without a verdict left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>format_texts</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n word(s) of text</source>
        <translation>
            <numerusform>only %n word of text</numerusform>
            <numerusform>only %n words of text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>very short body (%n characters): check that this is the whole article</source>
        <translation>
            <numerusform>very short body (%n character): check that this is the whole article</numerusform>
            <numerusform>very short body (%n characters): check that this is the whole article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offsets {start}-{end} are beyond the end of the text (%n characters)</source>
        <translation>
            <numerusform>offsets {start}-{end} are beyond the end of the text (%n character)</numerusform>
            <numerusform>offsets {start}-{end} are beyond the end of the text (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where}: left out (%n problem(s), listed)</source>
        <translation>
            <numerusform>{where}: left out (%n problem, listed)</numerusform>
            <numerusform>{where}: left out (%n problems, listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n problems</source>
        <translation>
            <numerusform>stopped after %n problem</numerusform>
            <numerusform>stopped after %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>claim {id}: %n sources tie for the first appearance; firstAppearance is left out</source>
        <translation>
            <numerusform>claim {id}: %n sources tie for the first appearance; firstAppearance is left out</numerusform>
            <numerusform>claim {id}: %n sources tie for the first appearance; firstAppearance is left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{title}”: %n character(s) that XML 1.0 cannot hold were written as U+FFFD (offsets unchanged)</source>
        <translation>
            <numerusform>“{title}”: %n character that XML 1.0 cannot hold were written as U+FFFD (offsets unchanged)</numerusform>
            <numerusform>“{title}”: %n characters that XML 1.0 cannot hold were written as U+FFFD (offsets unchanged)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gesture_texts</name>
    <message numerus="yes">
        <source>Linked. The claim is now carried by {sources} of %n articles.</source>
        <translation>
            <numerusform>Linked. The claim is now carried by {sources} of %n article.</numerusform>
            <numerusform>Linked. The claim is now carried by {sources} of %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>Delete %n claim</numerusform>
            <numerusform>Delete %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %n more article(s).</source>
        <translation>
            <numerusform>Opened %n more article.</numerusform>
            <numerusform>Opened %n more articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import_texts</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Import %n article</numerusform>
            <numerusform>Import %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>io_texts</name>
    <message numerus="yes">
        <source>{message}.

Import the %n passage(s) that can be placed and list the orphans?</source>
        <translation>
            <numerusform>{message}.

Import the %n passage that can be placed and list the orphans?</numerusform>
            <numerusform>{message}.

Import the %n passages that can be placed and list the orphans?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pane_texts</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>replay_texts</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report_texts</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored</source>
        <translation>
            <numerusform>%n re-anchored</numerusform>
            <numerusform>%n re-anchored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orphaned</numerusform>
            <numerusform>%n orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{theirs}” ~ “{ours}” (%n shared passages): {choice}</source>
        <translation>
            <numerusform>“{theirs}” ~ “{ours}” (%n shared passage): {choice}</numerusform>
            <numerusform>“{theirs}” ~ “{ours}” (%n shared passages): {choice}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>store_texts</name>
    <message numerus="yes">
        <source>only %n bytes</source>
        <translation>
            <numerusform>only %n byte</numerusform>
            <numerusform>only %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangling reference(s), e.g. {table} row {row} -&gt; {parent}</source>
        <translation>
            <numerusform>%n dangling reference, e.g. {table} row {row} -&gt; {parent}</numerusform>
            <numerusform>%n dangling references, e.g. {table} row {row} -&gt; {parent}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
