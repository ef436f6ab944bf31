<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>toasoan::AuthService</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Please wait %n second before trying again.</numerusform>
            <numerusform>Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Please wait %n minute before trying again.</numerusform>
            <numerusform>Please wait %n minutes before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::TaxonomyRepository</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n article(s): retire it instead, it will stay on them.</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n article: retire it instead, it will stay on it.</numerusform>
            <numerusform>&quot;%1&quot; is used by %n articles: retire it instead, it will stay on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::cli</name>
    <message numerus="yes">
        <source>Moved the tone mark in %n syllable(s).</source>
        <translation>
            <numerusform>Moved the tone mark in %n syllable.</numerusform>
            <numerusform>Moved the tone mark in %n syllables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index rebuilt: %n article(s).</source>
        <translation>
            <numerusform>Search index rebuilt: %n article.</numerusform>
            <numerusform>Search index rebuilt: %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s), author %1.</source>
        <translation>
            <numerusform>Imported %n article, author %1.</numerusform>
            <numerusform>Imported %n articles, author %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Category %1 merged into %2: %n article(s) moved.</source>
        <translation>
            <numerusform>Category %1 merged into %2: %n article moved.</numerusform>
            <numerusform>Category %1 merged into %2: %n articles moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 merged into %2 on %n article(s).</source>
        <translation>
            <numerusform>Tag %1 merged into %2 on %n article.</numerusform>
            <numerusform>Tag %1 merged into %2 on %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converted %n line(s) from %1.</source>
        <translation>
            <numerusform>Converted %n line from %1.</numerusform>
            <numerusform>Converted %n lines from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n line(s) already in Unicode as they were.</source>
        <translation>
            <numerusform>Left %n line already in Unicode as it was.</numerusform>
            <numerusform>Left %n lines already in Unicode as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n article(s), schema %3, integrity check ok.</source>
        <translation>
            <numerusform>%1: %2, %n article, schema %3, integrity check ok.</numerusform>
            <numerusform>%1: %2, %n articles, schema %3, integrity check ok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s) typed in TCVN3 or VNI fonts converted to Unicode.</source>
        <translation>
            <numerusform>%1: %n run typed in TCVN3 or VNI fonts converted to Unicode.</numerusform>
            <numerusform>%1: %n runs typed in TCVN3 or VNI fonts converted to Unicode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n picture(s) left out, linked to a file outside the document or in a format web pages do not show: %2</source>
        <translation>
            <numerusform>%1: %n picture left out, linked to a file outside the document or in a format web pages do not show: %2</numerusform>
            <numerusform>%1: %n pictures left out, linked to a file outside the document or in a format web pages do not show: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review time (submitted to approved) over %Ln approval(s): median %1, slowest %2 (#%3 &quot;%4&quot;)</source>
        <translation>
            <numerusform>Review time (submitted to approved) over %Ln approval: median %1, slowest %2 (#%3 &quot;%4&quot;)</numerusform>
            <numerusform>Review time (submitted to approved) over %Ln approvals: median %1, slowest %2 (#%3 &quot;%4&quot;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n changes made on this computer to the server.</source>
        <translation>
            <numerusform>Sent %n change made on this computer to the server.</numerusform>
            <numerusform>Sent %n changes made on this computer to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had changed on the server meanwhile: your text is kept as a conflict copy beside the server&apos;s version.</source>
        <translation>
            <numerusform>%n of them had changed on the server meanwhile: your text is kept as a conflict copy beside the server&apos;s version.</numerusform>
            <numerusform>%n of them had changed on the server meanwhile: your texts are kept as conflict copies beside the server&apos;s versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::html::PasteCleaner</name>
    <message numerus="yes">
        <source>%n image(s) could not be kept: they were not embedded in what was copied, or could not be read. Insert them with Insert image.</source>
        <translation>
            <numerusform>%n image could not be kept: they were not embedded in what was copied, or could not be read. Insert them with Insert image.</numerusform>
            <numerusform>%n images could not be kept: they were not embedded in what was copied, or could not be read. Insert them with Insert image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleFileImport</name>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) typed in TCVN3 or VNI fonts were converted to Unicode.</source>
        <translation>
            <numerusform>%n run typed in TCVN3 or VNI fonts was converted to Unicode.</numerusform>
            <numerusform>%n runs typed in TCVN3 or VNI fonts were converted to Unicode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) left out (linked, or in a format web pages do not show): %1</source>
        <translation>
            <numerusform>%n picture left out (linked, or in a format web pages do not show): %1</numerusform>
            <numerusform>%n pictures left out (linked, or in a format web pages do not show): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleListPane</name>
    <message numerus="yes">
        <source>%n article(s) from an import are still being added to the search index and may be missing from these results.</source>
        <translation>
            <numerusform>%n article from an import are still being added to the search index and may be missing from these results.</numerusform>
            <numerusform>%n articles from an import are still being added to the search index and may be missing from these results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleTab</name>
    <message numerus="yes">
        <source>%n word(s) may be misspelled (underlined in red): %1</source>
        <translation>
            <numerusform>%n word may be misspelled (underlined in red): %1</numerusform>
            <numerusform>%n words may be misspelled (underlined in red): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::BackupDialog</name>
    <message numerus="yes">
        <source>%1, %2, %n article(s)</source>
        <translation>
            <numerusform>%1, %2, %n article</numerusform>
            <numerusform>%1, %2, %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::CategoryMappingDialog</name>
    <message numerus="yes">
        <source>%n category(ies) of %1 known.</source>
        <translation>
            <numerusform>%n categoryy of %1 known.</numerusform>
            <numerusform>%n categoryies of %1 known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n category(ies) from %1.</source>
        <translation>
            <numerusform>Read %n categoryy from %1.</numerusform>
            <numerusform>Read %n categoryies from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>Replaced %n occurrence.</numerusform>
            <numerusform>Replaced %n occurrences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FirstStartWizard</name>
    <message numerus="yes">
        <source>A password has at least %n character(s). Give each person theirs in person.</source>
        <translation>
            <numerusform>A password has at least %n character. Give each person theirs in person.</numerusform>
            <numerusform>A password has at least %n characters. Give each person theirs in person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MetadataPanel</name>
    <message numerus="yes">
        <source>%n word(s), %1 characters</source>
        <translation>
            <numerusform>%n word, %1 characters</numerusform>
            <numerusform>%n words, %1 characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::OutboxView</name>
    <message numerus="yes">
        <source>Sending %n article(s).</source>
        <translation>
            <numerusform>Sending %n article.</numerusform>
            <numerusform>Sending %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n job waiting.</numerusform>
            <numerusform>%n jobs waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need your attention.</source>
        <translation>
            <numerusform>%n job need your attention.</numerusform>
            <numerusform>%n jobs need your attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::PublishDialog</name>
    <message numerus="yes">
        <source>%n image(s) have no description (alt text): readers who cannot see them learn nothing from them. Add it in the editor with Image description (Ctrl+Alt+D), or the featured image&apos;s caption.</source>
        <translation>
            <numerusform>%n image has no description (alt text): readers who cannot see it learn nothing from it. Add it in the editor with Image description (Ctrl+Alt+D), or the featured image&apos;s caption.</numerusform>
            <numerusform>%n images have no description (alt text): readers who cannot see them learn nothing from them. Add it in the editor with Image description (Ctrl+Alt+D), or the featured image&apos;s caption.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RoyaltiesDialog</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::StatisticsWindow</name>
    <message numerus="yes">
        <source>%Ln approval(s) in the period; the slowest: “%1”.</source>
        <translation>
            <numerusform>%Ln approval in the period; the slowest: “%1”.</numerusform>
            <numerusform>%Ln approvals in the period; the slowest: “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::TaxonomyDialog</name>
    <message numerus="yes">
        <source>Merge &quot;%1&quot; into &quot;%2&quot;? Its %n article(s) and its subcategories go to &quot;%2&quot;, and &quot;%1&quot; is deleted.</source>
        <translation>
            <numerusform>Merge &quot;%1&quot; into &quot;%2&quot;? Its %n article and its subcategories go to &quot;%2&quot;, and &quot;%1&quot; is deleted.</numerusform>
            <numerusform>Merge &quot;%1&quot; into &quot;%2&quot;? Its %n articles and its subcategories go to &quot;%2&quot;, and &quot;%1&quot; is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; merged into &quot;%2&quot;: %n article(s) moved.</source>
        <translation>
            <numerusform>&quot;%1&quot; merged into &quot;%2&quot;: %n article moved.</numerusform>
            <numerusform>&quot;%1&quot; merged into &quot;%2&quot;: %n articles moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot; merged into &quot;%2&quot; on %n article(s).</source>
        <translation>
            <numerusform>Tag &quot;%1&quot; merged into &quot;%2&quot; on %n article.</numerusform>
            <numerusform>Tag &quot;%1&quot; merged into &quot;%2&quot; on %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ToneStyleDialog</name>
    <message numerus="yes">
        <source>%n word(s) place the tone mark the other way.</source>
        <translation>
            <numerusform>%n word place the tone mark the other way.</numerusform>
            <numerusform>%n words place the tone mark the other way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked to change.</source>
        <translation>
            <numerusform>%n ticked to change.</numerusform>
            <numerusform>%n ticked to change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) that look like names are not ticked.</source>
        <translation>
            <numerusform>%n word that look like names are not ticked.</numerusform>
            <numerusform>%n words that look like names are not ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::UserManagementDialog</name>
    <message numerus="yes">
        <source>Deactivated accounts cannot log in; their articles and history are kept. A password must have at least %n character(s).</source>
        <translation>
            <numerusform>Deactivated accounts cannot log in; their articles and history are kept. A password must have at least %n character.</numerusform>
            <numerusform>Deactivated accounts cannot log in; their articles and history are kept. A password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
