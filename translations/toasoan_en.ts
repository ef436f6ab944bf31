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
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox job %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no website connection named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the article is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approvers and administrators can do &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot review your own article: another person has to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is still with its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was submitted: it is locked for its author until it is returned or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporters can only edit their own articles before submitting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article that is &quot;%1&quot; cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved or published article cannot go to the trash: return or unpublish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only move your own drafts to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can manage websites, categories and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is in the trash. Restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author can submit this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author can withdraw this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has already started reviewing this article; ask them to return it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only editors, approvers and administrators can forward articles for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only editors, approvers and administrators can return articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot approve your own article: the office settings require another approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporters can only comment on their own articles.</source>
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
    <name>toasoan::AuthService</name>
    <message>
        <source>Please wait %n second(s) before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait %n minute(s) before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed log-in attempts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::CommentRepository</name>
    <message>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment you reply to is not on this article.</source>
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
    <name>toasoan::EditLockRepository</name>
    <message>
        <source>%1 has been editing this article since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit lock could not be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over editing this article. Your copy is now read-only; save your changes elsewhere or take the article back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over editing from %1 (editing since %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::MediaRepository</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large (%2); the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image or file %1 is not in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::OutboxRepository</name>
    <message>
        <source>This job has already finished; there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has finished; queue the article again to resend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job is not waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::Permissions</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage websites, categories and settings</source>
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
    <name>toasoan::Site</name>
    <message>
        <source>XML-RPC (legacy portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress REST API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::SiteRepository</name>
    <message>
        <source>The connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be a web address such as https://example.org/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection needs the user name used on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named %1 already exists.</source>
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
    <name>toasoan::WorkflowService</name>
    <message>
        <source>Edited after approval: it needs approval again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the same as the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user: please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason for returning the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not change the article&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article changed since you opened it. Reopen it and check the new version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the article a title before submitting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is &quot;%1&quot;; it cannot become &quot;%2&quot;.</source>
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
    <message>
        <source>Detected Unicode text (confidence %1%); nothing to decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, all-caps font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1 from the font names (confidence %2%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1 (confidence %2%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot; for --from: use auto, unicode, tcvn3, vni or viqr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tone style &quot;%1&quot; for --tone-style: use old or new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved the tone mark in %n syllable(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Convert Vietnamese text in TCVN3 (ABC), VNI Windows or VIQR to Unicode. Reads FILE (.txt or .html; in HTML only the text is converted and font names serve as hints) or the standard input, and writes UTF-8 to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default, reports what it found), unicode, tcvn3, vni or viqr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also place tone marks the old way (hòa, thủy) or the new way (hoà, thuỷ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::demo</name>
    <message>
        <source>The demo data built into ToaSoan is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toasoan::diff</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
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
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
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
    <name>toasoan::text::LegacyEncoding</name>
    <message>
        <source>TCVN3 (ABC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIQR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode</source>
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
    <message>
        <source>Write the article here. Each line is a paragraph; blank lines are ignored.</source>
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
    <message>
        <source>Main toolbar</source>
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
