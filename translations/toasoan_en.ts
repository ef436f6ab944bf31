<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan</name>
    <message>
        <source>Someone else saved this article after you opened it. Your changes were not written over theirs; reopen the article to see the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a ToaSoan database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleRepository</name>
    <message>
        <source>Article %1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is in the trash. Restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a ToaSoan database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ToaSoan (schema %2; this version understands up to %3). Please update ToaSoan. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::Role</name>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::TaxonomyRepository</name>
    <message>
        <source>Please enter the category name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot; at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::UserRepository</name>
    <message>
        <source>A login has 2 to 64 characters: letters without accents, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (hashing failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Please ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::WorkflowState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::cli</name>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --database needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a sub-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use html or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one article to standard output as a standalone HTML document or as JSON with every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html (default) or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as article %2 (%3), author %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a draft from a UTF-8 .html or .txt file. Text files: the first line is the title, blank lines separate paragraphs. HTML files keep headings, lists, tables, links and images; everything else is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author of the new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new article as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;. Known states: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 articles; use --limit to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List articles, most recently changed first (trash excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles in this state (draft, submitted, awaiting_approval, approved, published, returned, rejected, unpublished, archived); several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N articles (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In trash since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one article; ID is its number or its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every field as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: toasoan [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       toasoan [--database PATH] [--demo]   (opens the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ToaSoan: drafting, review and publishing for a newsroom. Without a command the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (default: $TOASOAN_DB, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo users and articles first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical detail of errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;toasoan COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;toasoan --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a demo workspace in %1 (logins phongvien, bientap, lanhdao, quantri; password %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;toasoan %1 --help&quot; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common options: --database PATH, --demo, --verbose (see &quot;toasoan --help&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an article number nor an article UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: set the TOASOAN_PASSWORD environment variable or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Use reporter, editor, approver or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created user %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user. The password comes from the TOASOAN_PASSWORD environment variable or is asked twice on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, e.g. &quot;Nguyễn Thị Lan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter, editor, approver or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet. Add one with &quot;toasoan users add&quot; or try --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::io</name>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. If it was typed with an old Vietnamese encoding (TCVN3, VNI), convert it to Unicode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an article (more than 16 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no title: the first line (or the &lt;title&gt; or &lt;h1&gt; of an HTML file) must hold the headline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleEditorPane</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the article here. Each line is a paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleTableModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FirstAdminDialog</name>
    <message>
        <source>Create the first administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no users yet. Create the administrator account: it can then add reporters, editors and approvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match. Please type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::ui::GuiApp</name>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ToaSoan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo users and articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start ToaSoan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: toasoan --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ToaSoan&lt;/b&gt;&lt;br&gt;Log in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MainWindow</name>
    <message>
        <source>Article editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the article list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no articles yet.
Start by writing the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ToaSoan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a headline before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this article after you opened it. Your changes were not saved and their version was not overwritten. Copy your text, then reopen the article from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article in the editor has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ToaSoan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ToaSoan %1&lt;/h3&gt;&lt;p&gt;Drafting, review and publishing for a district press office.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxNotifier</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
