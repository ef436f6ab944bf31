<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>toasoan::ApprovalSlip</name>
    <message>
        <source>NEWSROOM</source>
        <translation>NEWSROOM</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>SOCIALIST REPUBLIC OF VIET NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Full text</translation>
    </message>
    <message>
        <source>Workflow trail</source>
        <translation>Workflow trail</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>REPORTER</source>
        <translation>REPORTER</translation>
    </message>
    <message>
        <source>EDITOR</source>
        <translation>EDITOR</translation>
    </message>
    <message>
        <source>APPROVED BY</source>
        <translation>APPROVED BY</translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation>(Signature and full name)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>ARTICLE APPROVAL SLIP</source>
        <translation>ARTICLE APPROVAL SLIP</translation>
    </message>
    <message>
        <source>The approval slip can only be printed by the application.</source>
        <translation>The approval slip can only be printed by the application.</translation>
    </message>
    <message>
        <source>The font for the approval slip could not be loaded.</source>
        <translation>The font for the approval slip could not be loaded.</translation>
    </message>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Cannot write the file %1.</translation>
    </message>
    <message>
        <source>Approval slip: %1</source>
        <translation>Approval slip: %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleDiff</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Featured image</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleRepository</name>
    <message>
        <source>Article %1 has no revision %2.</source>
        <translation>Article %1 has no revision %2.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>This article is in the trash. Restore it before editing.</source>
        <translation>This article is in the trash. Restore it before editing.</translation>
    </message>
    <message>
        <source>No article has the identifier %1.</source>
        <translation>No article has the identifier %1.</translation>
    </message>
    <message>
        <source>Article %1 does not exist.</source>
        <translation>Article %1 does not exist.</translation>
    </message>
    <message>
        <source>Someone else saved this article after you opened it. Your changes were not written over theirs; reopen the article to see the newer version.</source>
        <translation>Someone else saved this article after you opened it. Your changes were not written over theirs; reopen the article to see the newer version.</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleSearch</name>
    <message>
        <source>Full-text search is not available for this database.</source>
        <translation>Full-text search is not available for this database.</translation>
    </message>
</context>
<context>
    <name>toasoan::ArticleValidation</name>
    <message>
        <source>Enter a headline before submitting.</source>
        <translation>Enter a headline before submitting.</translation>
    </message>
    <message>
        <source>Write a sapo: the lead readers see under the headline.</source>
        <translation>Write a sapo: the lead readers see under the headline.</translation>
    </message>
    <message>
        <source>The article has no body text yet.</source>
        <translation>The article has no body text yet.</translation>
    </message>
    <message>
        <source>Choose the category the article appears in.</source>
        <translation>Choose the category the article appears in.</translation>
    </message>
    <message>
        <source>The headline has %1 characters; keep it within %2 so it fits on the site.</source>
        <translation>The headline has %1 characters; keep it within %2 so it fits on the site.</translation>
    </message>
    <message>
        <source>The sapo has %1 characters; the office limit is %2.</source>
        <translation>The sapo has %1 characters; the office limit is %2.</translation>
    </message>
</context>
<context>
    <name>toasoan::AuthService</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Please wait %n second(s) before trying again.</numerusform>
            <numerusform>Please wait %n second(s) before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>Please wait %n minute(s) before trying again.</numerusform>
            <numerusform>Please wait %n minute(s) before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed log-in attempts.</source>
        <translation>Too many failed log-in attempts.</translation>
    </message>
</context>
<context>
    <name>toasoan::CommentRepository</name>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>The comment you reply to is not on this article.</source>
        <translation>The comment you reply to is not on this article.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>The article no longer exists.</translation>
    </message>
</context>
<context>
    <name>toasoan::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a ToaSoan database. It was left untouched.</source>
        <translation>The database %1 is damaged or is not a ToaSoan database. It was left untouched.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program. It was left untouched.</source>
        <translation>The file %1 is an SQLite database of another program. It was left untouched.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ToaSoan (schema %2; this version understands up to %3). Please update ToaSoan. The file was left untouched.</source>
        <translation>The database %1 was written by a newer version of ToaSoan (schema %2; this version understands up to %3). Please update ToaSoan. The file was left untouched.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; nothing was changed.</source>
        <translation>Updating the database to schema %1 failed; nothing was changed.</translation>
    </message>
    <message>
        <source>The change was cancelled.</source>
        <translation>The change was cancelled.</translation>
    </message>
    <message>
        <source>The database refused a request.</source>
        <translation>The database refused a request.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Please try again.</source>
        <translation>The database is busy with another user&apos;s change. Please try again.</translation>
    </message>
    <message>
        <source>The database could not complete the request.</source>
        <translation>The database could not complete the request.</translation>
    </message>
    <message>
        <source>The database did not return the new record.</source>
        <translation>The database did not return the new record.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Cannot read the database file %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a ToaSoan database. It was left untouched.</source>
        <translation>The file %1 is not a ToaSoan database. It was left untouched.</translation>
    </message>
</context>
<context>
    <name>toasoan::EditLockRepository</name>
    <message>
        <source>%1 has been editing this article since %2.</source>
        <translation>%1 has been editing this article since %2.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>The article no longer exists.</translation>
    </message>
    <message>
        <source>The edit lock could not be taken.</source>
        <translation>The edit lock could not be taken.</translation>
    </message>
    <message>
        <source>%1 took over editing this article. Your copy is now read-only; save your changes elsewhere or take the article back.</source>
        <translation>%1 took over editing this article. Your copy is now read-only; save your changes elsewhere or take the article back.</translation>
    </message>
    <message>
        <source>Took over editing from %1 (editing since %2).</source>
        <translation>Took over editing from %1 (editing since %2).</translation>
    </message>
</context>
<context>
    <name>toasoan::HouseToneStyle</name>
    <message>
        <source>New style (hoà, khoẻ, thuỷ)</source>
        <translation>New style (hoà, khoẻ, thuỷ)</translation>
    </message>
    <message>
        <source>Old style (hòa, khỏe, thủy)</source>
        <translation>Old style (hòa, khỏe, thủy)</translation>
    </message>
</context>
<context>
    <name>toasoan::MediaRepository</name>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2); the limit is %3.</source>
        <translation>The file %1 is too large (%2); the limit is %3.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
    <message>
        <source>The image or file %1 is not in the workspace.</source>
        <translation>The image or file %1 is not in the workspace.</translation>
    </message>
</context>
<context>
    <name>toasoan::NetworkDiagnosis</name>
    <message>
        <source>The answer from %1 is too large; it was cut off. The address may point to something other than the website&apos;s interface.</source>
        <translation>The answer from %1 is too large; it was cut off. The address may point to something other than the website&apos;s interface.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because of its certificate: %2. Ask the site&apos;s administrator to fix the certificate, and check this computer&apos;s date.</source>
        <translation>The secure connection to %1 was refused because of its certificate: %2. Ask the site&apos;s administrator to fix the certificate, and check this computer&apos;s date.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. The address may say https for a server that only speaks http, or the server&apos;s TLS setup is broken.</source>
        <translation>The secure connection (TLS) to %1 failed: %2. The address may say https for a server that only speaks http, or the server&apos;s TLS setup is broken.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>The name %1 could not be found. Check the site&apos;s address and this computer&apos;s Internet connection.</source>
        <translation>The name %1 could not be found. Check the site&apos;s address and this computer&apos;s Internet connection.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: the web server is not running or a firewall blocks it.</source>
        <translation>%1 refused the connection on port %2: the web server is not running or a firewall blocks it.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely.</source>
        <translation>%1 closed the connection before answering completely.</translation>
    </message>
    <message>
        <source>%1 sends the request round in a loop of redirections. Check the site&apos;s address (http or https, with or without www).</source>
        <translation>%1 sends the request round in a loop of redirections. Check the site&apos;s address (http or https, with or without www).</translation>
    </message>
    <message>
        <source>%1 redirects a secure request to an insecure address; ToaSoan does not follow it.</source>
        <translation>%1 redirects a secure request to an insecure address; ToaSoan does not follow it.</translation>
    </message>
    <message>
        <source>This computer seems to be offline (%1).</source>
        <translation>This computer seems to be offline (%1).</translation>
    </message>
    <message>
        <source>The proxy server failed: %1</source>
        <translation>The proxy server failed: %1</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>The connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 is busy and asks to come back in %2 seconds.</source>
        <translation>%1 is busy and asks to come back in %2 seconds.</translation>
    </message>
    <message>
        <source>%1 is busy and asks to come back later.</source>
        <translation>%1 is busy and asks to come back later.</translation>
    </message>
    <message>
        <source>%1 had an internal error (HTTP %2). ToaSoan will try again.</source>
        <translation>%1 had an internal error (HTTP %2). ToaSoan will try again.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the website&apos;s interface (perhaps an error or a login page). ToaSoan will try again.</source>
        <translation>%1 answered with something that is not the website&apos;s interface (perhaps an error or a login page). ToaSoan will try again.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 refused the request (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>toasoan::Outbox</name>
    <message>
        <source>&quot;%1&quot; is %2: only approved articles can be published.</source>
        <translation>&quot;%1&quot; is %2: only approved articles can be published.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trash.</source>
        <translation>&quot;%1&quot; is in the trash.</translation>
    </message>
    <message>
        <source>Unknown user: please log in again.</source>
        <translation>Unknown user: please log in again.</translation>
    </message>
</context>
<context>
    <name>toasoan::OutboxJob</name>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Unpublish</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Needs your decision</translation>
    </message>
</context>
<context>
    <name>toasoan::OutboxRepository</name>
    <message>
        <source>This job has already finished; there is nothing to cancel.</source>
        <translation>This job has already finished; there is nothing to cancel.</translation>
    </message>
    <message>
        <source>This job is being sent right now.</source>
        <translation>This job is being sent right now.</translation>
    </message>
    <message>
        <source>This job has finished; queue the article again to resend it.</source>
        <translation>This job has finished; queue the article again to resend it.</translation>
    </message>
    <message>
        <source>This job is not waiting for a decision.</source>
        <translation>This job is not waiting for a decision.</translation>
    </message>
    <message>
        <source>Outbox job %1 does not exist.</source>
        <translation>Outbox job %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>toasoan::Permissions</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Forward for approval</source>
        <translation>Forward for approval</translation>
    </message>
    <message>
        <source>Return to author</source>
        <translation>Return to author</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Unpublish</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Restore to draft</source>
        <translation>Restore to draft</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Manage websites, categories and settings</source>
        <translation>Manage websites, categories and settings</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the article is &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not possible while the article is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Only approvers and administrators can do &quot;%1&quot;.</source>
        <translation>Only approvers and administrators can do &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You cannot review your own article: another person has to do it.</source>
        <translation>You cannot review your own article: another person has to do it.</translation>
    </message>
    <message>
        <source>This article is still with its author.</source>
        <translation>This article is still with its author.</translation>
    </message>
    <message>
        <source>The article was submitted: it is locked for its author until it is returned or withdrawn.</source>
        <translation>The article was submitted: it is locked for its author until it is returned or withdrawn.</translation>
    </message>
    <message>
        <source>Reporters can only edit their own articles before submitting them.</source>
        <translation>Reporters can only edit their own articles before submitting them.</translation>
    </message>
    <message>
        <source>An article that is &quot;%1&quot; cannot be edited.</source>
        <translation>An article that is &quot;%1&quot; cannot be edited.</translation>
    </message>
    <message>
        <source>An approved or published article cannot go to the trash: return or unpublish it first.</source>
        <translation>An approved or published article cannot go to the trash: return or unpublish it first.</translation>
    </message>
    <message>
        <source>You can only move your own drafts to the trash.</source>
        <translation>You can only move your own drafts to the trash.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <source>Only administrators can manage users.</source>
        <translation>Only administrators can manage users.</translation>
    </message>
    <message>
        <source>Only administrators can manage websites, categories and settings.</source>
        <translation>Only administrators can manage websites, categories and settings.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an article.</source>
        <translation>&quot;%1&quot; needs an article.</translation>
    </message>
    <message>
        <source>This article is in the trash. Restore it first.</source>
        <translation>This article is in the trash. Restore it first.</translation>
    </message>
    <message>
        <source>Only the author can submit this article.</source>
        <translation>Only the author can submit this article.</translation>
    </message>
    <message>
        <source>Only the author can withdraw this article.</source>
        <translation>Only the author can withdraw this article.</translation>
    </message>
    <message>
        <source>Someone has already started reviewing this article; ask them to return it instead.</source>
        <translation>Someone has already started reviewing this article; ask them to return it instead.</translation>
    </message>
    <message>
        <source>Only editors, approvers and administrators can forward articles for approval.</source>
        <translation>Only editors, approvers and administrators can forward articles for approval.</translation>
    </message>
    <message>
        <source>Only editors, approvers and administrators can return articles.</source>
        <translation>Only editors, approvers and administrators can return articles.</translation>
    </message>
    <message>
        <source>You cannot approve your own article: the office settings require another approver.</source>
        <translation>You cannot approve your own article: the office settings require another approver.</translation>
    </message>
    <message>
        <source>Reporters can only comment on their own articles.</source>
        <translation>Reporters can only comment on their own articles.</translation>
    </message>
</context>
<context>
    <name>toasoan::PersonalDictionary</name>
    <message>
        <source>Type the word to add to the dictionary.</source>
        <translation>Type the word to add to the dictionary.</translation>
    </message>
    <message>
        <source>Add one word at a time: the spell checker checks words separately.</source>
        <translation>Add one word at a time: the spell checker checks words separately.</translation>
    </message>
</context>
<context>
    <name>toasoan::PublishJobRunner</name>
    <message>
        <source>The job was cancelled.</source>
        <translation>The job was cancelled.</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Published on %1</translation>
    </message>
    <message>
        <source>Taken off %1</source>
        <translation>Taken off %1</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; is in the trash; restore it before publishing.</source>
        <translation>The article &quot;%1&quot; is in the trash; restore it before publishing.</translation>
    </message>
    <message>
        <source>The post for &quot;%1&quot; was deleted on %2. Choose &quot;Recreate&quot; to publish it again as a new post, or cancel the job.</source>
        <translation>The post for &quot;%1&quot; was deleted on %2. Choose &quot;Recreate&quot; to publish it again as a new post, or cancel the job.</translation>
    </message>
    <message>
        <source>The outbox could not be saved.</source>
        <translation>The outbox could not be saved.</translation>
    </message>
</context>
<context>
    <name>toasoan::PublishWorker</name>
    <message>
        <source>Another ToaSoan (process %1 on %2) is sending this workspace&apos;s outbox; this one leaves it alone.</source>
        <translation>Another ToaSoan (process %1 on %2) is sending this workspace&apos;s outbox; this one leaves it alone.</translation>
    </message>
    <message>
        <source>Interrupted when ToaSoan stopped; it will be sent again.</source>
        <translation>Interrupted when ToaSoan stopped; it will be sent again.</translation>
    </message>
</context>
<context>
    <name>toasoan::Role</name>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>toasoan::SecretStore</name>
    <message>
        <source>No password is stored for the connection %1. Enter it in the connection&apos;s settings (or set TOASOAN_SITE_PASSWORD for the command line).</source>
        <translation>No password is stored for the connection %1. Enter it in the connection&apos;s settings (or set TOASOAN_SITE_PASSWORD for the command line).</translation>
    </message>
    <message>
        <source>Passwords are kept in memory for this session only.</source>
        <translation>Passwords are kept in memory for this session only.</translation>
    </message>
    <message>
        <source>The system keychain refused to give the password of %1.</source>
        <translation>The system keychain refused to give the password of %1.</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of %1.</source>
        <translation>The system keychain could not store the password of %1.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the password of %1.</source>
        <translation>The system keychain could not delete the password of %1.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (%1). Passwords are kept in memory for this session only and must be entered again after a restart; the command line can read TOASOAN_SITE_PASSWORD.</source>
        <translation>No system keychain is available on this computer (%1). Passwords are kept in memory for this session only and must be entered again after a restart; the command line can read TOASOAN_SITE_PASSWORD.</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>no D-Bus session bus</translation>
    </message>
</context>
<context>
    <name>toasoan::Site</name>
    <message>
        <source>XML-RPC (legacy portal)</source>
        <translation>XML-RPC (legacy portal)</translation>
    </message>
    <message>
        <source>WordPress REST API</source>
        <translation>WordPress REST API</translation>
    </message>
</context>
<context>
    <name>toasoan::SiteAdmin</name>
    <message>
        <source>Unknown user: please log in again.</source>
        <translation>Unknown user: please log in again.</translation>
    </message>
    <message>
        <source>Only administrators can manage the website connections.</source>
        <translation>Only administrators can manage the website connections.</translation>
    </message>
</context>
<context>
    <name>toasoan::SiteRepository</name>
    <message>
        <source>The connection needs a name.</source>
        <translation>The connection needs a name.</translation>
    </message>
    <message>
        <source>The address must be a web address such as https://example.org/.</source>
        <translation>The address must be a web address such as https://example.org/.</translation>
    </message>
    <message>
        <source>The connection needs the user name used on the website.</source>
        <translation>The connection needs the user name used on the website.</translation>
    </message>
    <message>
        <source>A connection named %1 already exists.</source>
        <translation>A connection named %1 already exists.</translation>
    </message>
    <message>
        <source>There is no website connection named %1.</source>
        <translation>There is no website connection named %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::SpellChecker</name>
    <message>
        <source>The spelling dictionary %1 uses an encoding ToaSoan cannot read (%2). Spell checking is off.</source>
        <translation>The spelling dictionary %1 uses an encoding ToaSoan cannot read (%2). Spell checking is off.</translation>
    </message>
    <message>
        <source>The Vietnamese spelling dictionary is not installed, so spell checking is off. Install the hunspell-vi package (files %1.aff and %1.dic) and restart ToaSoan.</source>
        <translation>The Vietnamese spelling dictionary is not installed, so spell checking is off. Install the hunspell-vi package (files %1.aff and %1.dic) and restart ToaSoan.</translation>
    </message>
</context>
<context>
    <name>toasoan::TaxonomyRepository</name>
    <message>
        <source>Please enter the category name.</source>
        <translation>Please enter the category name.</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot; at this place.</source>
        <translation>There is already a category &quot;%1&quot; at this place.</translation>
    </message>
    <message>
        <source>No such category.</source>
        <translation>No such category.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>A tag cannot be empty.</translation>
    </message>
</context>
<context>
    <name>toasoan::UserAdmin</name>
    <message>
        <source>Unknown user: please log in again.</source>
        <translation>Unknown user: please log in again.</translation>
    </message>
    <message>
        <source>You are the only active administrator. Make another user an administrator first, otherwise nobody could manage users any more.</source>
        <translation>You are the only active administrator. Make another user an administrator first, otherwise nobody could manage users any more.</translation>
    </message>
</context>
<context>
    <name>toasoan::UserRepository</name>
    <message>
        <source>A login has 2 to 64 characters: letters without accents, digits, dot, dash or underscore.</source>
        <translation>A login has 2 to 64 characters: letters without accents, digits, dot, dash or underscore.</translation>
    </message>
    <message>
        <source>Please enter the user&apos;s full name.</source>
        <translation>Please enter the user&apos;s full name.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>The login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>The password could not be protected (hashing failed).</source>
        <translation>The password could not be protected (hashing failed).</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>There is no user with the login &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Please ask the administrator.</source>
        <translation>This account has been deactivated. Please ask the administrator.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>toasoan::WordPressRestClient</name>
    <message>
        <source>The web server or a security plugin of %1 blocks the REST API (HTTP %2 at %3). Ask the site&apos;s administrator to allow it, or use the XML-RPC connection type.</source>
        <translation>The web server or a security plugin of %1 blocks the REST API (HTTP %2 at %3). Ask the site&apos;s administrator to allow it, or use the XML-RPC connection type.</translation>
    </message>
    <message>
        <source>The WordPress REST API is not available at %1: neither /wp-json/ nor ?rest_route=/ answered (HTTP %2). It may be turned off by a plugin, or the address is not a WordPress site. Check the address, or use the XML-RPC connection type.</source>
        <translation>The WordPress REST API is not available at %1: neither /wp-json/ nor ?rest_route=/ answered (HTTP %2). It may be turned off by a plugin, or the address is not a WordPress site. Check the address, or use the XML-RPC connection type.</translation>
    </message>
    <message>
        <source>The REST API of %1 does not offer the WordPress routes (wp/v2); a plugin has probably removed them.</source>
        <translation>The REST API of %1 does not offer the WordPress routes (wp/v2); a plugin has probably removed them.</translation>
    </message>
    <message>
        <source>%1 asks for a login that is not WordPress&apos;s (HTTP 401 without a WordPress answer): a password-protected folder or a proxy is in the way.</source>
        <translation>%1 asks for a login that is not WordPress&apos;s (HTTP 401 without a WordPress answer): a password-protected folder or a proxy is in the way.</translation>
    </message>
    <message>
        <source>The web server or a security plugin of %1 refused the request (HTTP %2).</source>
        <translation>The web server or a security plugin of %1 refused the request (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 does not have this address (HTTP %2).</source>
        <translation>%1 does not have this address (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the user name %2 or its application password. Create a new application password in the user&apos;s profile on the site and enter it again.</source>
        <translation>%1 refused the user name %2 or its application password. Create a new application password in the user&apos;s profile on the site and enter it again.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on %1 (by a plugin, the host, or because the site is not served over HTTPS).</source>
        <translation>Application passwords are turned off on %1 (by a plugin, the host, or because the site is not served over HTTPS).</translation>
    </message>
    <message>
        <source>Application passwords are turned off for the account %1 on %2.</source>
        <translation>Application passwords are turned off for the account %1 on %2.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials: the application password is wrong, or the web server strips the Authorization header. &quot;Test connection&quot; tells which.</source>
        <translation>%1 did not accept the credentials: the application password is wrong, or the web server strips the Authorization header. &quot;Test connection&quot; tells which.</translation>
    </message>
    <message>
        <source>The account %1 may write but not publish posts on %2. Ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>The account %1 may write but not publish posts on %2. Ask the site&apos;s administrator for the Author or Editor role.</translation>
    </message>
    <message>
        <source>The account %1 may not upload images on %2.</source>
        <translation>The account %1 may not upload images on %2.</translation>
    </message>
    <message>
        <source>%1 does not allow the account %2 to do this: %3</source>
        <translation>%1 does not allow the account %2 to do this: %3</translation>
    </message>
    <message>
        <source>%1 does not offer this part of the REST API (it may be turned off).</source>
        <translation>%1 does not offer this part of the REST API (it may be turned off).</translation>
    </message>
    <message>
        <source>%1 no longer has this item: it was deleted on the site.</source>
        <translation>%1 no longer has this item: it was deleted on the site.</translation>
    </message>
    <message>
        <source>%1 is busy and asks to come back later.</source>
        <translation>%1 is busy and asks to come back later.</translation>
    </message>
    <message>
        <source>%1 had an internal error: %2</source>
        <translation>%1 had an internal error: %2</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 refused the request: %2</translation>
    </message>
    <message>
        <source>Pretty permalinks are off on this site; ToaSoan uses the ?rest_route= form.</source>
        <translation>Pretty permalinks are off on this site; ToaSoan uses the ?rest_route= form.</translation>
    </message>
    <message>
        <source>The account %1 may not publish posts on %2 (role: %3). Ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>The account %1 may not publish posts on %2 (role: %3). Ask the site&apos;s administrator for the Author or Editor role.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The account may not upload images: articles with images will fail.</source>
        <translation>The account may not upload images: articles with images will fail.</translation>
    </message>
    <message>
        <source>Application passwords are not available on %1: WordPress is older than 5.6, a plugin turns them off, or the site is not served over HTTPS.</source>
        <translation>Application passwords are not available on %1: WordPress is older than 5.6, a plugin turns them off, or the site is not served over HTTPS.</translation>
    </message>
    <message>
        <source>The web server of %1 removes the Authorization header before WordPress sees it, so the password never arrives. On Apache, add to .htaccess: SetEnvIf Authorization &quot;(.*)&quot; HTTP_AUTHORIZATION=$1 — or ask the host to pass the header on.</source>
        <translation>The web server of %1 removes the Authorization header before WordPress sees it, so the password never arrives. On Apache, add to .htaccess: SetEnvIf Authorization &quot;(.*)&quot; HTTP_AUTHORIZATION=$1 — or ask the host to pass the header on.</translation>
    </message>
    <message>
        <source>The site redirects to %1: update the connection&apos;s address to it.</source>
        <translation>The site redirects to %1: update the connection&apos;s address to it.</translation>
    </message>
    <message>
        <source>The site answered the upload without the image&apos;s id. ToaSoan will check and try again.</source>
        <translation>The site answered the upload without the image&apos;s id. ToaSoan will check and try again.</translation>
    </message>
    <message>
        <source>The site answered without the post&apos;s id. ToaSoan will check and try again.</source>
        <translation>The site answered without the post&apos;s id. ToaSoan will check and try again.</translation>
    </message>
</context>
<context>
    <name>toasoan::WorkflowService</name>
    <message>
        <source>Edited after approval: it needs approval again.</source>
        <translation>Edited after approval: it needs approval again.</translation>
    </message>
    <message>
        <source>Revision %1 is the same as the current text.</source>
        <translation>Revision %1 is the same as the current text.</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Restored revision %1</translation>
    </message>
    <message>
        <source>Unknown user: please log in again.</source>
        <translation>Unknown user: please log in again.</translation>
    </message>
    <message>
        <source>Please give the reason for returning the article.</source>
        <translation>Please give the reason for returning the article.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not change the article&apos;s state.</source>
        <translation>&quot;%1&quot; does not change the article&apos;s state.</translation>
    </message>
    <message>
        <source>The article changed since you opened it. Reopen it and check the new version first.</source>
        <translation>The article changed since you opened it. Reopen it and check the new version first.</translation>
    </message>
    <message>
        <source>Give the article a title before submitting it.</source>
        <translation>Give the article a title before submitting it.</translation>
    </message>
    <message>
        <source>This article is in the trash.</source>
        <translation>This article is in the trash.</translation>
    </message>
    <message>
        <source>The article is &quot;%1&quot;; it cannot become &quot;%2&quot;.</source>
        <translation>The article is &quot;%1&quot;; it cannot become &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>toasoan::WorkflowState</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Awaiting editing</source>
        <translation>Awaiting editing</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unpublished</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>toasoan::XmlRpcClient</name>
    <message>
        <source>xmlrpc.php is blocked on %1 (HTTP %2): a security plugin or the host refuses XML-RPC. Ask the site&apos;s administrator to allow it, or use the WordPress REST connection type.</source>
        <translation>xmlrpc.php is blocked on %1 (HTTP %2): a security plugin or the host refuses XML-RPC. Ask the site&apos;s administrator to allow it, or use the WordPress REST connection type.</translation>
    </message>
    <message>
        <source>There is no XML-RPC interface at %1 (HTTP 404).</source>
        <translation>There is no XML-RPC interface at %1 (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 refused the user name %2 or its password.</source>
        <translation>%1 refused the user name %2 or its password.</translation>
    </message>
    <message>
        <source>XML-RPC is turned off on %1.</source>
        <translation>XML-RPC is turned off on %1.</translation>
    </message>
    <message>
        <source>%1 does not allow the account %2 to do this: %3</source>
        <translation>%1 does not allow the account %2 to do this: %3</translation>
    </message>
    <message>
        <source>%1 no longer has this item: it was deleted on the site.</source>
        <translation>%1 no longer has this item: it was deleted on the site.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 does not know the method %2.</source>
        <translation>%1 does not know the method %2.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 refused the request: %2</translation>
    </message>
    <message>
        <source>The site is not WordPress; categories and rights cannot be checked.</source>
        <translation>The site is not WordPress; categories and rights cannot be checked.</translation>
    </message>
    <message>
        <source>The account %1 may not publish posts on %2 (role: %3). Ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>The account %1 may not publish posts on %2 (role: %3). Ask the site&apos;s administrator for the Author or Editor role.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>toasoan::cli</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --database needs a file path.</source>
        <translation>The option --database needs a file path.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a sub-command.</source>
        <translation>&quot;%1&quot; needs a sub-command.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Unknown command &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>The option --%1 does not apply to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Missing argument: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use html or json.</source>
        <translation>Unknown format &quot;%1&quot;. Use html or json.</translation>
    </message>
    <message>
        <source>Write one article to standard output as a standalone HTML document or as JSON with every field.</source>
        <translation>Write one article to standard output as a standalone HTML document or as JSON with every field.</translation>
    </message>
    <message>
        <source>html (default) or json</source>
        <translation>html (default) or json</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as article %2 (%3), author %4.</source>
        <translation>Imported &quot;%1&quot; as article %2 (%3), author %4.</translation>
    </message>
    <message>
        <source>The author of the new article</source>
        <translation>The author of the new article</translation>
    </message>
    <message>
        <source>Print the new article as JSON</source>
        <translation>Print the new article as JSON</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;. Known states: %2.</source>
        <translation>Unknown state &quot;%1&quot;. Known states: %2.</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--limit needs a whole number above 0, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No articles.</source>
        <translation>No articles.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Showing %1 of %2 articles; use --limit to see more.</source>
        <translation>Showing %1 of %2 articles; use --limit to see more.</translation>
    </message>
    <message>
        <source>List articles, most recently changed first (trash excluded).</source>
        <translation>List articles, most recently changed first (trash excluded).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table</source>
        <translation>Print JSON instead of a table</translation>
    </message>
    <message>
        <source>Only articles in this state (draft, submitted, awaiting_approval, approved, published, returned, rejected, unpublished, archived); several separated by commas</source>
        <translation>Only articles in this state (draft, submitted, awaiting_approval, approved, published, returned, rejected, unpublished, archived); several separated by commas</translation>
    </message>
    <message>
        <source>Show at most N articles (default 50)</source>
        <translation>Show at most N articles (default 50)</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In trash since</source>
        <translation>In trash since</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Internal notes: %1</source>
        <translation>Internal notes: %1</translation>
    </message>
    <message>
        <source>Show one article; ID is its number or its UUID.</source>
        <translation>Show one article; ID is its number or its UUID.</translation>
    </message>
    <message>
        <source>Print every field as JSON</source>
        <translation>Print every field as JSON</translation>
    </message>
    <message>
        <source>Usage: toasoan [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Usage: toasoan [OPTIONS] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>       toasoan [--database PATH] [--demo]   (opens the window)</source>
        <translation>       toasoan [--database PATH] [--demo]   (opens the window)</translation>
    </message>
    <message>
        <source>ToaSoan: drafting, review and publishing for a newsroom. Without a command the window opens.</source>
        <translation>ToaSoan: drafting, review and publishing for a newsroom. Without a command the window opens.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>The workspace file (default: $TOASOAN_DB, else %1)</source>
        <translation>The workspace file (default: $TOASOAN_DB, else %1)</translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo users and articles first</source>
        <translation>Fill an empty workspace with demo users and articles first</translation>
    </message>
    <message>
        <source>Show the technical detail of errors</source>
        <translation>Show the technical detail of errors</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command</source>
        <translation>Show this help, or a command&apos;s help after the command</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Show the version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &quot;toasoan COMMAND --help&quot; for the options of a command.</source>
        <translation>Run &quot;toasoan COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Run &quot;toasoan --help&quot; for the list of commands.</source>
        <translation>Run &quot;toasoan --help&quot; for the list of commands.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Created a demo workspace in %1 (logins phongvien, bientap, lanhdao, quantri; password %2).</source>
        <translation>Created a demo workspace in %1 (logins phongvien, bientap, lanhdao, quantri; password %2).</translation>
    </message>
    <message>
        <source>Run &quot;toasoan %1 --help&quot; for more.</source>
        <translation>Run &quot;toasoan %1 --help&quot; for more.</translation>
    </message>
    <message>
        <source>Common options: --database PATH, --demo, --verbose (see &quot;toasoan --help&quot;).</source>
        <translation>Common options: --database PATH, --demo, --verbose (see &quot;toasoan --help&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an article number nor an article UUID.</source>
        <translation>&quot;%1&quot; is neither an article number nor an article UUID.</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>There is no article %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password given: set the TOASOAN_PASSWORD environment variable or run the command in a terminal.</source>
        <translation>No password given: set the TOASOAN_PASSWORD environment variable or run the command in a terminal.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Use reporter, editor, approver or admin.</source>
        <translation>Unknown role &quot;%1&quot;. Use reporter, editor, approver or admin.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>The login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>Created user %1 (%2, %3).</source>
        <translation>Created user %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Create a user. The password comes from the TOASOAN_PASSWORD environment variable or is asked twice on the terminal.</source>
        <translation>Create a user. The password comes from the TOASOAN_PASSWORD environment variable or is asked twice on the terminal.</translation>
    </message>
    <message>
        <source>Full name, e.g. &quot;Nguyễn Thị Lan&quot;</source>
        <translation>Full name, e.g. &quot;Nguyễn Thị Lan&quot;</translation>
    </message>
    <message>
        <source>reporter, editor, approver or admin</source>
        <translation>reporter, editor, approver or admin</translation>
    </message>
    <message>
        <source>No users yet. Add one with &quot;toasoan users add&quot; or try --demo.</source>
        <translation>No users yet. Add one with &quot;toasoan users add&quot; or try --demo.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>List the users of the workspace.</source>
        <translation>List the users of the workspace.</translation>
    </message>
    <message>
        <source>Detected Unicode text (confidence %1%); nothing to decode.</source>
        <translation>Detected Unicode text (confidence %1%); nothing to decode.</translation>
    </message>
    <message>
        <source>%1, all-caps font</source>
        <translation>%1, all-caps font</translation>
    </message>
    <message>
        <source>Detected %1 from the font names (confidence %2%).</source>
        <translation>Detected %1 from the font names (confidence %2%).</translation>
    </message>
    <message>
        <source>Detected %1 (confidence %2%).</source>
        <translation>Detected %1 (confidence %2%).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot; for --from: use auto, unicode, tcvn3, vni or viqr.</source>
        <translation>Unknown encoding &quot;%1&quot; for --from: use auto, unicode, tcvn3, vni or viqr.</translation>
    </message>
    <message>
        <source>Unknown tone style &quot;%1&quot; for --tone-style: use old or new.</source>
        <translation>Unknown tone style &quot;%1&quot; for --tone-style: use old or new.</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Cannot read the standard input.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved the tone mark in %n syllable(s).</source>
        <translation>
            <numerusform>Moved the tone mark in %n syllable(s).</numerusform>
            <numerusform>Moved the tone mark in %n syllable(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert Vietnamese text in TCVN3 (ABC), VNI Windows or VIQR to Unicode. Reads FILE (.txt or .html; in HTML only the text is converted and font names serve as hints) or the standard input, and writes UTF-8 to the standard output.</source>
        <translation>Convert Vietnamese text in TCVN3 (ABC), VNI Windows or VIQR to Unicode. Reads FILE (.txt or .html; in HTML only the text is converted and font names serve as hints) or the standard input, and writes UTF-8 to the standard output.</translation>
    </message>
    <message>
        <source>auto (default, reports what it found), unicode, tcvn3, vni or viqr</source>
        <translation>auto (default, reports what it found), unicode, tcvn3, vni or viqr</translation>
    </message>
    <message>
        <source>Also place tone marks the old way (hòa, thủy) or the new way (hoà, thuỷ)</source>
        <translation>Also place tone marks the old way (hòa, thủy) or the new way (hoà, thuỷ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revision number (see articles history).</source>
        <translation>&quot;%1&quot; is not a revision number (see articles history).</translation>
    </message>
    <message>
        <source>Article %1, revision %2 → %3</source>
        <translation>Article %1, revision %2 → %3</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Compare two revisions of an article word by word: changed fields first, then the body. Deleted words show as [-...-], inserted ones as {+...+}.</source>
        <translation>Compare two revisions of an article word by word: changed fields first, then the body. Deleted words show as [-...-], inserted ones as {+...+}.</translation>
    </message>
    <message>
        <source>Print JSON instead of text</source>
        <translation>Print JSON instead of text</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>commented</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>moved to the trash</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>restored from the trash</translation>
    </message>
    <message>
        <source>took over editing</source>
        <translation>took over editing</translation>
    </message>
    <message>
        <source>Revisions of article %1 &quot;%2&quot;:</source>
        <translation>Revisions of article %1 &quot;%2&quot;:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <source>Show the saved revisions of an article and its history: who created, saved, moved or commented on it, when, and with which comment.</source>
        <translation>Show the saved revisions of an article and its history: who created, saved, moved or commented on it, when, and with which comment.</translation>
    </message>
    <message>
        <source>Print JSON instead of tables</source>
        <translation>Print JSON instead of tables</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD.</source>
        <translation>--date needs a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The approval slip printer (toasoan-slip) is not installed next to toasoan.</source>
        <translation>The approval slip printer (toasoan-slip) is not installed next to toasoan.</translation>
    </message>
    <message>
        <source>The approval slip could not be printed.</source>
        <translation>The approval slip could not be printed.</translation>
    </message>
    <message>
        <source>Wrote the approval slip of article %1 to %2.</source>
        <translation>Wrote the approval slip of article %1 to %2.</translation>
    </message>
    <message>
        <source>Print the approval slip of an article as an A4 PDF: office, metadata, full text, the workflow trail and signature blocks for the reporter, editor and approver.</source>
        <translation>Print the approval slip of an article as an A4 PDF: office, metadata, full text, the workflow trail and signature blocks for the reporter, editor and approver.</translation>
    </message>
    <message>
        <source>Where to write the PDF</source>
        <translation>Where to write the PDF</translation>
    </message>
    <message>
        <source>The date printed on the slip (default: today)</source>
        <translation>The date printed on the slip (default: today)</translation>
    </message>
    <message>
        <source>Queued job %1 (%2) to send &quot;%3&quot; to %4. Run &quot;toasoan outbox run&quot; to send it now.</source>
        <translation>Queued job %1 (%2) to send &quot;%3&quot; to %4. Run &quot;toasoan outbox run&quot; to send it now.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>The outbox is empty.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Article / last error</source>
        <translation>Article / last error</translation>
    </message>
    <message>
        <source>Job %1 done: &quot;%2&quot; on %3 %4</source>
        <translation>Job %1 done: &quot;%2&quot; on %3 %4</translation>
    </message>
    <message>
        <source>Job %1 will be tried again at %2: %3</source>
        <translation>Job %1 will be tried again at %2: %3</translation>
    </message>
    <message>
        <source>Job %1 %2: %3</source>
        <translation>Job %1 %2: %3</translation>
    </message>
    <message>
        <source>The network seems down: waiting for it to come back.</source>
        <translation>The network seems down: waiting for it to come back.</translation>
    </message>
    <message>
        <source>Sent: %1. Still waiting in the outbox: %2.</source>
        <translation>Sent: %1. Still waiting in the outbox: %2.</translation>
    </message>
    <message>
        <source>Queue an approved article for publishing on a website (an update when it is already there).</source>
        <translation>Queue an approved article for publishing on a website (an update when it is already there).</translation>
    </message>
    <message>
        <source>The website connection</source>
        <translation>The website connection</translation>
    </message>
    <message>
        <source>List the outbox: what is waiting, sent or failed, with the last error.</source>
        <translation>List the outbox: what is waiting, sent or failed, with the last error.</translation>
    </message>
    <message>
        <source>Send the jobs that are due (for a scheduled task). Passwords come from the keychain or TOASOAN_SITE_PASSWORD.</source>
        <translation>Send the jobs that are due (for a scheduled task). Passwords come from the keychain or TOASOAN_SITE_PASSWORD.</translation>
    </message>
    <message>
        <source>Keep going (waiting for retries) until nothing is left to send</source>
        <translation>Keep going (waiting for retries) until nothing is left to send</translation>
    </message>
    <message numerus="yes">
        <source>Search index rebuilt: %n article(s).</source>
        <translation>
            <numerusform>Search index rebuilt: %n article(s).</numerusform>
            <numerusform>Search index rebuilt: %n article(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>--reindex takes no query.</source>
        <translation>--reindex takes no query.</translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation>Give the words to search for.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Unknown state &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>No article matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search the articles (title, sapo, body, tags, byline). Marks are ignored unless --exact: &quot;quan uy&quot; finds &quot;Quận ủy&quot;. Quote words to find them side by side.</source>
        <translation>Search the articles (title, sapo, body, tags, byline). Marks are ignored unless --exact: &quot;quan uy&quot; finds &quot;Quận ủy&quot;. Quote words to find them side by side.</translation>
    </message>
    <message>
        <source>Match diacritics exactly (&quot;hòa&quot; does not find &quot;hoa&quot;)</source>
        <translation>Match diacritics exactly (&quot;hòa&quot; does not find &quot;hoa&quot;)</translation>
    </message>
    <message>
        <source>Show at most N articles (default 20)</source>
        <translation>Show at most N articles (default 20)</translation>
    </message>
    <message>
        <source>Only articles in these states (comma-separated)</source>
        <translation>Only articles in these states (comma-separated)</translation>
    </message>
    <message>
        <source>Rebuild the search index instead of searching</source>
        <translation>Rebuild the search index instead of searching</translation>
    </message>
    <message>
        <source>--type must be &quot;wordpress&quot; or &quot;xmlrpc&quot;.</source>
        <translation>--type must be &quot;wordpress&quot; or &quot;xmlrpc&quot;.</translation>
    </message>
    <message>
        <source>--unpublish must be &quot;draft&quot; or &quot;trash&quot;.</source>
        <translation>--unpublish must be &quot;draft&quot; or &quot;trash&quot;.</translation>
    </message>
    <message>
        <source>Added the website connection %1 (%2, %3).</source>
        <translation>Added the website connection %1 (%2, %3).</translation>
    </message>
    <message>
        <source>No password was given (set TOASOAN_SITE_PASSWORD): enter it in the application, or set TOASOAN_SITE_PASSWORD when publishing from the command line.</source>
        <translation>No password was given (set TOASOAN_SITE_PASSWORD): enter it in the application, or set TOASOAN_SITE_PASSWORD when publishing from the command line.</translation>
    </message>
    <message>
        <source>The password was not saved: this computer has no system keychain. Set TOASOAN_SITE_PASSWORD whenever you run &quot;toasoan sites test&quot;, &quot;toasoan outbox run&quot; or the application.</source>
        <translation>The password was not saved: this computer has no system keychain. Set TOASOAN_SITE_PASSWORD whenever you run &quot;toasoan sites test&quot;, &quot;toasoan outbox run&quot; or the application.</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain.</source>
        <translation>The password is stored in the system keychain.</translation>
    </message>
    <message>
        <source>No website connections yet. Add one with &quot;toasoan sites add&quot;.</source>
        <translation>No website connections yet. Add one with &quot;toasoan sites add&quot;.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>The connection to %1 does not work.</source>
        <translation>The connection to %1 does not work.</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>The connection to %1 works.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Interface: %1</source>
        <translation>Interface: %1</translation>
    </message>
    <message>
        <source>Account: %1 (may publish: %2, may upload images: %3)</source>
        <translation>Account: %1 (may publish: %2, may upload images: %3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Time zone: %1</translation>
    </message>
    <message>
        <source>Add a website connection. The password (application password) is read from TOASOAN_SITE_PASSWORD and kept in the system keychain.</source>
        <translation>Add a website connection. The password (application password) is read from TOASOAN_SITE_PASSWORD and kept in the system keychain.</translation>
    </message>
    <message>
        <source>The site&apos;s interface</source>
        <translation>The site&apos;s interface</translation>
    </message>
    <message>
        <source>The site&apos;s address</source>
        <translation>The site&apos;s address</translation>
    </message>
    <message>
        <source>The user name on the site</source>
        <translation>The user name on the site</translation>
    </message>
    <message>
        <source>What unpublishing does on this site (default: draft)</source>
        <translation>What unpublishing does on this site (default: draft)</translation>
    </message>
    <message>
        <source>List the website connections.</source>
        <translation>List the website connections.</translation>
    </message>
    <message>
        <source>Check a website connection: address, password and rights, with a precise explanation of what is wrong.</source>
        <translation>Check a website connection: address, password and rights, with a precise explanation of what is wrong.</translation>
    </message>
    <message>
        <source>Unknown workflow action &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unknown workflow action &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>--seen-version needs a positive number.</source>
        <translation>--seen-version needs a positive number.</translation>
    </message>
    <message>
        <source>Article %1 &quot;%2&quot;: %3 → %4.</source>
        <translation>Article %1 &quot;%2&quot;: %3 → %4.</translation>
    </message>
    <message>
        <source>Move an article through the editorial workflow. ACTION is submit, withdraw, forward, return, approve, reject, unpublish, archive or restore (to a draft). The password of --user comes from TOASOAN_PASSWORD or is asked on the terminal; the same permission rules as in the window apply. Returning needs a --comment with the reason.</source>
        <translation>Move an article through the editorial workflow. ACTION is submit, withdraw, forward, return, approve, reject, unpublish, archive or restore (to a draft). The password of --user comes from TOASOAN_PASSWORD or is asked on the terminal; the same permission rules as in the window apply. Returning needs a --comment with the reason.</translation>
    </message>
    <message>
        <source>Who does it (logs in with their password)</source>
        <translation>Who does it (logs in with their password)</translation>
    </message>
    <message>
        <source>The reason or note written in the history</source>
        <translation>The reason or note written in the history</translation>
    </message>
    <message>
        <source>Refuse if the article changed since version N (see articles show)</source>
        <translation>Refuse if the article changed since version N (see articles show)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The articles were imported, but not yet added to the search index: %1</source>
        <translation>The articles were imported, but not yet added to the search index: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s), author %1.</source>
        <translation>
            <numerusform>Imported %n article(s), author %1.</numerusform>
            <numerusform>Imported %n article(s), author %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a draft from each UTF-8 .html or .txt file (or .json export). Text files: the first line is the title, blank lines separate paragraphs. HTML files keep headings, lists, tables, links and images; everything else is removed. Several files are imported together: if one cannot be read, none is.</source>
        <translation>Create a draft from each UTF-8 .html or .txt file (or .json export). Text files: the first line is the title, blank lines separate paragraphs. HTML files keep headings, lists, tables, links and images; everything else is removed. Several files are imported together: if one cannot be read, none is.</translation>
    </message>
</context>
<context>
    <name>toasoan::demo</name>
    <message>
        <source>The demo data built into ToaSoan is damaged.</source>
        <translation>The demo data built into ToaSoan is damaged.</translation>
    </message>
</context>
<context>
    <name>toasoan::html::PasteCleaner</name>
    <message>
        <source>The text to paste is too large (%1; the limit is %2). Paste it in smaller parts.</source>
        <translation>The text to paste is too large (%1; the limit is %2). Paste it in smaller parts.</translation>
    </message>
    <message>
        <source>The formatted content is too large (%1; the limit is %2): it was pasted as plain text.</source>
        <translation>The formatted content is too large (%1; the limit is %2): it was pasted as plain text.</translation>
    </message>
    <message>
        <source>The content to paste is too large (%1; the limit is %2). Paste it in smaller parts.</source>
        <translation>The content to paste is too large (%1; the limit is %2). Paste it in smaller parts.</translation>
    </message>
    <message>
        <source>pasted-image</source>
        <translation>pasted-image</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 is not an image.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be kept: they were not embedded in what was copied, or could not be read. Insert them with Insert image.</source>
        <translation>
            <numerusform>%n image(s) could not be kept: they were not embedded in what was copied, or could not be read. Insert them with Insert image.</numerusform>
            <numerusform>%n image(s) could not be kept: they were not embedded in what was copied, or could not be read. Insert them with Insert image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::io</name>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>%1 is not a text file (it contains binary data).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. If it was typed with an old Vietnamese encoding (TCVN3, VNI), convert it to Unicode first.</source>
        <translation>%1 is not UTF-8 text. If it was typed with an old Vietnamese encoding (TCVN3, VNI), convert it to Unicode first.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is too large for an article (more than 16 MB).</source>
        <translation>%1 is too large for an article (more than 16 MB).</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
    <message>
        <source>%1 has no title: the first line (or the &lt;title&gt; or &lt;h1&gt; of an HTML file) must hold the headline.</source>
        <translation>%1 has no title: the first line (or the &lt;title&gt; or &lt;h1&gt; of an HTML file) must hold the headline.</translation>
    </message>
    <message>
        <source>%1 is not an article exported as JSON by ToaSoan.</source>
        <translation>%1 is not an article exported as JSON by ToaSoan.</translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation>%1 has no title.</translation>
    </message>
</context>
<context>
    <name>toasoan::render::PreviewRenderer</name>
    <message>
        <source>Posted %1 | %2</source>
        <translation>Posted %1 | %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>toasoan::text::LegacyEncoding</name>
    <message>
        <source>TCVN3 (ABC)</source>
        <translation>TCVN3 (ABC)</translation>
    </message>
    <message>
        <source>VNI Windows</source>
        <translation>VNI Windows</translation>
    </message>
    <message>
        <source>VIQR</source>
        <translation>VIQR</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleListPane</name>
    <message>
        <source>Article list</source>
        <translation>Article list</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Cannot read the article list</source>
        <translation>Cannot read the article list</translation>
    </message>
    <message>
        <source>Search articles (Ctrl+Shift+F)</source>
        <translation>Search articles (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Filter by author</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message>
        <source>Filter by last change</source>
        <translation>Filter by last change</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>C&amp;hanged:</source>
        <translation>C&amp;hanged:</translation>
    </message>
    <message>
        <source>There are no articles yet.
Start by writing the first one.</source>
        <translation>There are no articles yet.
Start by writing the first one.</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Create a new article</source>
        <translation>Create a new article</translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation>All states (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) from an import are still being added to the search index and may be missing from these results.</source>
        <translation>
            <numerusform>%n article(s) from an import are still being added to the search index and may be missing from these results.</numerusform>
            <numerusform>%n article(s) from an import are still being added to the search index and may be missing from these results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleRecordActions</name>
    <message>
        <source>Revision &amp;history…</source>
        <translation>Revision &amp;history…</translation>
    </message>
    <message>
        <source>Every saved revision of the article: compare two, restore one</source>
        <translation>Every saved revision of the article: compare two, restore one</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <source>&amp;Print approval slip…</source>
        <translation>&amp;Print approval slip…</translation>
    </message>
    <message>
        <source>Save the article&apos;s approval slip as an A4 PDF, for signing</source>
        <translation>Save the article&apos;s approval slip as an A4 PDF, for signing</translation>
    </message>
    <message>
        <source>Print approval slip</source>
        <translation>Print approval slip</translation>
    </message>
    <message>
        <source>Restored an earlier revision as revision %1.</source>
        <translation>Restored an earlier revision as revision %1.</translation>
    </message>
    <message>
        <source>approval-slip-%1.pdf</source>
        <translation>approval-slip-%1.pdf</translation>
    </message>
    <message>
        <source>Cannot print the approval slip</source>
        <translation>Cannot print the approval slip</translation>
    </message>
    <message>
        <source>Saved the approval slip to %1 (the saved text, without the unsaved changes).</source>
        <translation>Saved the approval slip to %1 (the saved text, without the unsaved changes).</translation>
    </message>
    <message>
        <source>Saved the approval slip to %1.</source>
        <translation>Saved the approval slip to %1.</translation>
    </message>
    <message>
        <source>Cannot open the approval slip</source>
        <translation>Cannot open the approval slip</translation>
    </message>
    <message>
        <source>The slip was saved to %1, but no program to show PDF files could be started. Open the file yourself to print it.</source>
        <translation>The slip was saved to %1, but no program to show PDF files could be started. Open the file yourself to print it.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleSession</name>
    <message>
        <source>%1, not saved yet</source>
        <translation>%1, not saved yet</translation>
    </message>
    <message>
        <source>Cannot read the article</source>
        <translation>Cannot read the article</translation>
    </message>
    <message>
        <source>Cannot read the article&apos;s permissions</source>
        <translation>Cannot read the article&apos;s permissions</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>Cannot open the article for editing</source>
        <translation>Cannot open the article for editing</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <source>you cannot edit this article now.</source>
        <translation>you cannot edit this article now.</translation>
    </message>
    <message>
        <source>%1 took over editing at %2: you can no longer save this article.</source>
        <translation>%1 took over editing at %2: you can no longer save this article.</translation>
    </message>
    <message>
        <source>Your unsaved changes are still shown here: copy what you need.</source>
        <translation>Your unsaved changes are still shown here: copy what you need.</translation>
    </message>
    <message>
        <source>Being edited by %1 since %2. You can read it; to edit it, take over.</source>
        <translation>Being edited by %1 since %2. You can read it; to edit it, take over.</translation>
    </message>
    <message>
        <source>Someone else may be editing this article; it is read only for now.</source>
        <translation>Someone else may be editing this article; it is read only for now.</translation>
    </message>
    <message>
        <source>A newer version of this article was saved (version %1; you are looking at version %2).</source>
        <translation>A newer version of this article was saved (version %1; you are looking at version %2).</translation>
    </message>
    <message>
        <source>Your changes were not saved: copy them before showing it.</source>
        <translation>Your changes were not saved: copy them before showing it.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2.</source>
        <translation>Returned by %1 on %2.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: %3</source>
        <translation>Returned by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2.</source>
        <translation>Rejected by %1 on %2.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2: %3</source>
        <translation>Rejected by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Taken off the websites by %1 on %2: %3</source>
        <translation>Taken off the websites by %1 on %2: %3</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>Cannot take over editing</source>
        <translation>Cannot take over editing</translation>
    </message>
    <message>
        <source>Show the new version and lose your unsaved changes?</source>
        <translation>Show the new version and lose your unsaved changes?</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleTab</name>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Preview of the article</source>
        <translation>Preview of the article</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Write or preview</source>
        <translation>Write or preview</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleTableModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Author: %1</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ArticleTabs</name>
    <message>
        <source>Open articles</source>
        <translation>Open articles</translation>
    </message>
    <message>
        <source>Open an article to see its details here.</source>
        <translation>Open an article to see its details here.</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Cannot open the article</translation>
    </message>
    <message>
        <source>%1, not saved</source>
        <translation>%1, not saved</translation>
    </message>
    <message>
        <source>Version conflict</source>
        <translation>Version conflict</translation>
    </message>
    <message>
        <source>Someone else saved this article after you opened it. Your changes were not saved and their version was not overwritten. Copy your text, then reopen the article from the list.</source>
        <translation>Someone else saved this article after you opened it. Your changes were not saved and their version was not overwritten. Copy your text, then reopen the article from the list.</translation>
    </message>
    <message>
        <source>Cannot save the article</source>
        <translation>Cannot save the article</translation>
    </message>
    <message>
        <source>Cannot discard the recovery copy</source>
        <translation>Cannot discard the recovery copy</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved — autosave failed: %1</source>
        <translation>Not saved — autosave failed: %1</translation>
    </message>
    <message>
        <source>Not saved (recovery copy at %1)</source>
        <translation>Not saved (recovery copy at %1)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::CategoryMappingDialog</name>
    <message>
        <source>Categories on the websites</source>
        <translation>Categories on the websites</translation>
    </message>
    <message>
        <source>&amp;Read the website&apos;s categories</source>
        <translation>&amp;Read the website&apos;s categories</translation>
    </message>
    <message>
        <source>Read the category tree from the website again</source>
        <translation>Read the category tree from the website again</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Choose, for each category of the office, the website&apos;s category its articles are published in. &quot;Automatic&quot; finds the website&apos;s category with the same name, and creates it when there is none.</source>
        <translation>Choose, for each category of the office, the website&apos;s category its articles are published in. &quot;Automatic&quot; finds the website&apos;s category with the same name, and creates it when there is none.</translation>
    </message>
    <message>
        <source>Category mapping</source>
        <translation>Category mapping</translation>
    </message>
    <message>
        <source>Category in ToaSoan</source>
        <translation>Category in ToaSoan</translation>
    </message>
    <message>
        <source>Category on the website</source>
        <translation>Category on the website</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cannot open the category mapping</source>
        <translation>Cannot open the category mapping</translation>
    </message>
    <message>
        <source>Discard the category choices not saved yet?</source>
        <translation>Discard the category choices not saved yet?</translation>
    </message>
    <message>
        <source>Category on the website for %1</source>
        <translation>Category on the website for %1</translation>
    </message>
    <message>
        <source>Automatic (same name, created if missing)</source>
        <translation>Automatic (same name, created if missing)</translation>
    </message>
    <message>
        <source>Website category %1</source>
        <translation>Website category %1</translation>
    </message>
    <message>
        <source>There is no website connection yet: add one under Website connections first.</source>
        <translation>There is no website connection yet: add one under Website connections first.</translation>
    </message>
    <message>
        <source>The categories of %1 have not been read yet: press &quot;Read the website&apos;s categories&quot;.</source>
        <translation>The categories of %1 have not been read yet: press &quot;Read the website&apos;s categories&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) of %1 known.</source>
        <translation>
            <numerusform>%n category(ies) of %1 known.</numerusform>
            <numerusform>%n category(ies) of %1 known.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office has no categories yet.</source>
        <translation>The office has no categories yet.</translation>
    </message>
    <message>
        <source>Reading the categories of %1…</source>
        <translation>Reading the categories of %1…</translation>
    </message>
    <message>
        <source>The categories of %1 could not be read: %2</source>
        <translation>The categories of %1 could not be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read %n category(ies) from %1.</source>
        <translation>
            <numerusform>Read %n category(ies) from %1.</numerusform>
            <numerusform>Read %n category(ies) from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The category mapping for %1 is saved.</source>
        <translation>The category mapping for %1 is saved.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::CommentsPanel</name>
    <message>
        <source>Editorial comments</source>
        <translation>Editorial comments</translation>
    </message>
    <message>
        <source>Comments on the article</source>
        <translation>Comments on the article</translation>
    </message>
    <message>
        <source>Write a new comment instead of a reply</source>
        <translation>Write a new comment instead of a reply</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Cancel the reply</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Write a comment for the author and the editors…</source>
        <translation>Write a comment for the author and the editors…</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <translation>Send the comment (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Comments belong to a saved article: open one, or save this one first.</source>
        <translation>Comments belong to a saved article: open one, or save this one first.</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <source>Replying to %1:</source>
        <translation>Replying to %1:</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ConvertEncodingDialog</name>
    <message>
        <source>Convert encoding</source>
        <translation>Convert encoding</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste text copied from an old document</source>
        <translation>Paste text copied from an old document</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>Read a .txt or .html file</source>
        <translation>Read a .txt or .html file</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>&amp;Typed in:</source>
        <translation>&amp;Typed in:</translation>
    </message>
    <message>
        <source>All-caps &amp;font (.VnTimeH, .VnArialH …)</source>
        <translation>All-caps &amp;font (.VnTimeH, .VnArialH …)</translation>
    </message>
    <message>
        <source>Paste the text here, or open a file.</source>
        <translation>Paste the text here, or open a file.</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Original text</translation>
    </message>
    <message>
        <source>Converted text</source>
        <translation>Converted text</translation>
    </message>
    <message>
        <source>O&amp;riginal:</source>
        <translation>O&amp;riginal:</translation>
    </message>
    <message>
        <source>&amp;Unicode:</source>
        <translation>&amp;Unicode:</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>&amp;Copy result</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>The clipboard holds no text.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1 (UTF-8).</source>
        <translation>Saved as %1 (UTF-8).</translation>
    </message>
    <message>
        <source>The converted text is on the clipboard.</source>
        <translation>The converted text is on the clipboard.</translation>
    </message>
    <message>
        <source>Paste text or open a file to convert it to Unicode.</source>
        <translation>Paste text or open a file to convert it to Unicode.</translation>
    </message>
    <message>
        <source>%1, all-caps font</source>
        <translation>%1, all-caps font</translation>
    </message>
    <message>
        <source>Converted from %1.</source>
        <translation>Converted from %1.</translation>
    </message>
    <message>
        <source>The text is already Unicode: nothing to convert.</source>
        <translation>The text is already Unicode: nothing to convert.</translation>
    </message>
    <message>
        <source>Detected %1 from the font names (confidence %2%).</source>
        <translation>Detected %1 from the font names (confidence %2%).</translation>
    </message>
    <message>
        <source>Detected %1 (confidence %2%).</source>
        <translation>Detected %1 (confidence %2%).</translation>
    </message>
    <message>
        <source>%1 is a web page: only its text is converted.</source>
        <translation>%1 is a web page: only its text is converted.</translation>
    </message>
    <message>
        <source>Open a file to convert</source>
        <translation>Open a file to convert</translation>
    </message>
    <message>
        <source>Text files and web pages (*.txt *.htm *.html)</source>
        <translation>Text files and web pages (*.txt *.htm *.html)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Save the converted text</source>
        <translation>Save the converted text</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::EditorInfoBar</name>
    <message>
        <source>Editor message</source>
        <translation>Editor message</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FeaturedImageField</name>
    <message>
        <source>Featured image preview</source>
        <translation>Featured image preview</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>C&amp;hoose image…</translation>
    </message>
    <message>
        <source>Choose the featured image</source>
        <translation>Choose the featured image</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <source>Remove the featured image</source>
        <translation>Remove the featured image</translation>
    </message>
    <message>
        <source>Caption under the image</source>
        <translation>Caption under the image</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>Image caption</translation>
    </message>
    <message>
        <source>Cannot use this image</source>
        <translation>Cannot use this image</translation>
    </message>
    <message>
        <source>The file is not an image ToaSoan can read.</source>
        <translation>The file is not an image ToaSoan can read.</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Image not found</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Cannot show this image</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FileDialogSlipQuestion</name>
    <message>
        <source>Save the approval slip</source>
        <translation>Save the approval slip</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Match &amp;diacritics (off: &quot;quan uy&quot; finds &quot;Quận ủy&quot;)</source>
        <translation>Match &amp;diacritics (off: &quot;quan uy&quot; finds &quot;Quận ủy&quot;)</translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation>Match diacritics</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Replace &amp;with:</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Replace &amp;all</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>Replaced %n occurrence(s).</numerusform>
            <numerusform>Replaced %n occurrence(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::FirstAdminDialog</name>
    <message>
        <source>Create the first administrator account</source>
        <translation>Create the first administrator account</translation>
    </message>
    <message>
        <source>This workspace has no users yet. Create the administrator account: it can then add reporters, editors and approvers.</source>
        <translation>This workspace has no users yet. Create the administrator account: it can then add reporters, editors and approvers.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <source>The two passwords do not match. Please type the password again.</source>
        <translation>The two passwords do not match. Please type the password again.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::GuiApp</name>
    <message>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <source>ToaSoan</source>
        <translation>ToaSoan</translation>
    </message>
    <message>
        <source>Open the workspace database at &lt;path&gt;.</source>
        <translation>Open the workspace database at &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo users and articles.</source>
        <translation>Fill an empty workspace with demo users and articles.</translation>
    </message>
    <message>
        <source>Cannot start ToaSoan</source>
        <translation>Cannot start ToaSoan</translation>
    </message>
    <message>
        <source>Try: toasoan --help</source>
        <translation>Try: toasoan --help</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Cannot create the demo workspace</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::InboxBar</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>My work:</source>
        <translation>My work:</translation>
    </message>
    <message>
        <source>Cannot count the work waiting for you</source>
        <translation>Cannot count the work waiting for you</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>To review (%1)</translation>
    </message>
    <message>
        <source>Submitted articles waiting for an editor</source>
        <translation>Submitted articles waiting for an editor</translation>
    </message>
    <message>
        <source>To approve (%1)</source>
        <translation>To approve (%1)</translation>
    </message>
    <message>
        <source>Articles waiting for your approval</source>
        <translation>Articles waiting for your approval</translation>
    </message>
    <message>
        <source>Returned to me (%1)</source>
        <translation>Returned to me (%1)</translation>
    </message>
    <message>
        <source>Your articles sent back to you, with the reason</source>
        <translation>Your articles sent back to you, with the reason</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Text to show</source>
        <translation>Text to show</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problem with the address</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Apply link</source>
        <translation>Apply link</translation>
    </message>
    <message>
        <source>Only web (http, https) and e-mail addresses can be linked.</source>
        <translation>Only web (http, https) and e-mail addresses can be linked.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>&lt;b&gt;ToaSoan&lt;/b&gt;&lt;br&gt;Log in to continue.</source>
        <translation>&lt;b&gt;ToaSoan&lt;/b&gt;&lt;br&gt;Log in to continue.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Please enter your login and password.</source>
        <translation>Please enter your login and password.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MainWindow</name>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Logged in as %1 (%2)</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Logged-in user</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About ToaSoan</source>
        <translation>&amp;About ToaSoan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About ToaSoan</source>
        <translation>About ToaSoan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ToaSoan %1&lt;/h3&gt;&lt;p&gt;Drafting, review and publishing for a district press office.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ToaSoan %1&lt;/h3&gt;&lt;p&gt;Drafting, review and publishing for a district press office.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Choose an article in the list, or start a new one with Ctrl+N.</source>
        <translation>Choose an article in the list, or start a new one with Ctrl+N.</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Article details</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word(s)</numerusform>
            <numerusform>%n word(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to submit: headline, sapo, body and category are filled in.</source>
        <translation>Ready to submit: headline, sapo, body and category are filled in.</translation>
    </message>
    <message>
        <source>Some fields need attention before submitting; see the messages.</source>
        <translation>Some fields need attention before submitting; see the messages.</translation>
    </message>
    <message>
        <source>Cannot read the autosaved changes</source>
        <translation>Cannot read the autosaved changes</translation>
    </message>
    <message>
        <source>Cannot discard the recovered changes</source>
        <translation>Cannot discard the recovered changes</translation>
    </message>
    <message>
        <source>Publishing queue: unknown</source>
        <translation>Publishing queue: unknown</translation>
    </message>
    <message>
        <source>Publishing queue: empty</source>
        <translation>Publishing queue: empty</translation>
    </message>
    <message>
        <source>Publishing queue: %1</source>
        <translation>Publishing queue: %1</translation>
    </message>
    <message>
        <source>Articles waiting to be published on the websites</source>
        <translation>Articles waiting to be published on the websites</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Word count</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Save state</translation>
    </message>
    <message>
        <source>Publishing queue</source>
        <translation>Publishing queue</translation>
    </message>
    <message>
        <source>Start a new article in a new tab</source>
        <translation>Start a new article in a new tab</translation>
    </message>
    <message>
        <source>Save a revision of the article</source>
        <translation>Save a revision of the article</translation>
    </message>
    <message>
        <source>&amp;Close article</source>
        <translation>&amp;Close article</translation>
    </message>
    <message>
        <source>Close the article&apos;s tab</source>
        <translation>Close the article&apos;s tab</translation>
    </message>
    <message>
        <source>Close ToaSoan</source>
        <translation>Close ToaSoan</translation>
    </message>
    <message>
        <source>Search &amp;articles…</source>
        <translation>Search &amp;articles…</translation>
    </message>
    <message>
        <source>Search the article list</source>
        <translation>Search the article list</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>&amp;Reload list</translation>
    </message>
    <message>
        <source>Read the article list again</source>
        <translation>Read the article list again</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Show the article as the website will</source>
        <translation>Show the article as the website will</translation>
    </message>
    <message>
        <source>Ne&amp;xt article</source>
        <translation>Ne&amp;xt article</translation>
    </message>
    <message>
        <source>Show the next open article</source>
        <translation>Show the next open article</translation>
    </message>
    <message>
        <source>Pre&amp;vious article</source>
        <translation>Pre&amp;vious article</translation>
    </message>
    <message>
        <source>Show the previous open article</source>
        <translation>Show the previous open article</translation>
    </message>
    <message>
        <source>Article &amp;list</source>
        <translation>Article &amp;list</translation>
    </message>
    <message>
        <source>Show or hide the article list</source>
        <translation>Show or hide the article list</translation>
    </message>
    <message>
        <source>Article &amp;details</source>
        <translation>Article &amp;details</translation>
    </message>
    <message>
        <source>Show or hide the article details</source>
        <translation>Show or hide the article details</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Go to the list</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article list</source>
        <translation>Move the keyboard focus to the article list</translation>
    </message>
    <message>
        <source>Go to the body</source>
        <translation>Go to the body</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article body</source>
        <translation>Move the keyboard focus to the article body</translation>
    </message>
    <message>
        <source>Go to the details</source>
        <translation>Go to the details</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article details</source>
        <translation>Move the keyboard focus to the article details</translation>
    </message>
    <message>
        <source>C&amp;heck before submitting</source>
        <translation>C&amp;heck before submitting</translation>
    </message>
    <message>
        <source>Show what is missing before the article can be submitted</source>
        <translation>Show what is missing before the article can be submitted</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>List every keyboard shortcut</translation>
    </message>
    <message>
        <source>Version and workspace</source>
        <translation>Version and workspace</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxConfirmQuestion</name>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxNotifier</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxRestoreQuestion</name>
    <message>
        <source>Restore revision %1</source>
        <translation>Restore revision %1</translation>
    </message>
    <message>
        <source>Restore revision %1 of “%2”? Its text and details become a new revision; every revision stays in the history, so this can be undone by restoring another one.</source>
        <translation>Restore revision %1 of “%2”? Its text and details become a new revision; every revision stays in the history, so this can be undone by restoring another one.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MessageBoxSaveQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>“%1” has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::MetadataPanel</name>
    <message>
        <source>Article details</source>
        <translation>Article details</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>Headline of the article</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Headline</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation>Sl&amp;ug</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>The lead readers see under the headline, in bold.</source>
        <translation>The lead readers see under the headline, in bold.</translation>
    </message>
    <message>
        <source>&amp;Sapo</source>
        <translation>&amp;Sapo</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>— Choose a category —</source>
        <translation>— Choose a category —</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Pen name shown under the article</source>
        <translation>Pen name shown under the article</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>&amp;Byline</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>e.g. NTL</source>
        <translation>e.g. NTL</translation>
    </message>
    <message>
        <source>Opens the body in brackets, e.g. “(NTL)”.</source>
        <translation>Opens the body in brackets, e.g. “(NTL)”.</translation>
    </message>
    <message>
        <source>&amp;Dateline prefix</source>
        <translation>&amp;Dateline prefix</translation>
    </message>
    <message>
        <source>Dateline prefix</source>
        <translation>Dateline prefix</translation>
    </message>
    <message>
        <source>Featured &amp;image</source>
        <translation>Featured &amp;image</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Featured image</translation>
    </message>
    <message>
        <source>Sche&amp;duled publication</source>
        <translation>Sche&amp;duled publication</translation>
    </message>
    <message>
        <source>Scheduled publication</source>
        <translation>Scheduled publication</translation>
    </message>
    <message>
        <source>For the newsroom only; never published.</source>
        <translation>For the newsroom only; never published.</translation>
    </message>
    <message>
        <source>Internal &amp;notes</source>
        <translation>Internal &amp;notes</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>Cannot read the categories</source>
        <translation>Cannot read the categories</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), %1 characters</source>
        <translation>
            <numerusform>%n word(s), %1 characters</numerusform>
            <numerusform>%n word(s), %1 characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>toasoan::ui::OutboxModel</name>
    <message>
        <source>As soon as possible</source>
        <translation>As soon as possible</translation>
    </message>
    <message>
        <source>Queued %1, last change %2</source>
        <translation>Queued %1, last change %2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::OutboxView</name>
    <message>
        <source>Publishing queue</source>
        <translation>Publishing queue</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>Send the selected job now instead of waiting</source>
        <translation>Send the selected job now instead of waiting</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Try the failed job again from the start</source>
        <translation>Try the failed job again from the start</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Stop the selected job; the article is not sent</source>
        <translation>Stop the selected job; the article is not sent</translation>
    </message>
    <message>
        <source>Publish as a ne&amp;w post</source>
        <translation>Publish as a ne&amp;w post</translation>
    </message>
    <message>
        <source>The post was deleted on the website: publish the article there again as a new post</source>
        <translation>The post was deleted on the website: publish the article there again as a new post</translation>
    </message>
    <message>
        <source>Cannot read the publishing queue</source>
        <translation>Cannot read the publishing queue</translation>
    </message>
    <message>
        <source>On the website: %1</source>
        <translation>On the website: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Offline: the queue is paused and is tried again now and then; it resumes by itself when the network is back.</source>
        <translation>Offline: the queue is paused and is tried again now and then; it resumes by itself when the network is back.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n article(s).</source>
        <translation>
            <numerusform>Sending %n article(s).</numerusform>
            <numerusform>Sending %n article(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n job(s) waiting.</numerusform>
            <numerusform>%n job(s) waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need your attention.</source>
        <translation>
            <numerusform>%n job(s) need your attention.</numerusform>
            <numerusform>%n job(s) need your attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been queued for publishing yet.</source>
        <translation>Nothing has been queued for publishing yet.</translation>
    </message>
    <message>
        <source>Everything queued has been sent.</source>
        <translation>Everything queued has been sent.</translation>
    </message>
    <message>
        <source>Cannot send the job now</source>
        <translation>Cannot send the job now</translation>
    </message>
    <message>
        <source>Cannot retry the job</source>
        <translation>Cannot retry the job</translation>
    </message>
    <message>
        <source>Cannot publish the article again</source>
        <translation>Cannot publish the article again</translation>
    </message>
    <message>
        <source>Stop sending &quot;%1&quot; to %2? The request in progress is interrupted; what the website already received stays there.</source>
        <translation>Stop sending &quot;%1&quot; to %2? The request in progress is interrupted; what the website already received stays there.</translation>
    </message>
    <message>
        <source>Cancel this job (%1 &quot;%2&quot; on %3)? It stays in the list as cancelled.</source>
        <translation>Cancel this job (%1 &quot;%2&quot; on %3)? It stays in the list as cancelled.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancel the job</translation>
    </message>
    <message>
        <source>Cannot cancel the job</source>
        <translation>Cannot cancel the job</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The article as the website will show it</source>
        <translation>The article as the website will show it</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Image not found</translation>
    </message>
    <message>
        <source>Web image: %1</source>
        <translation>Web image: %1</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::PublishActions</name>
    <message>
        <source>&amp;Publish on the websites…</source>
        <translation>&amp;Publish on the websites…</translation>
    </message>
    <message>
        <source>Queue the approved article for publishing on the chosen websites</source>
        <translation>Queue the approved article for publishing on the chosen websites</translation>
    </message>
    <message>
        <source>&amp;Take off the websites…</source>
        <translation>&amp;Take off the websites…</translation>
    </message>
    <message>
        <source>Take the published article off the chosen websites</source>
        <translation>Take the published article off the chosen websites</translation>
    </message>
    <message>
        <source>&amp;Website connections…</source>
        <translation>&amp;Website connections…</translation>
    </message>
    <message>
        <source>Add, change or test the websites articles are published on</source>
        <translation>Add, change or test the websites articles are published on</translation>
    </message>
    <message>
        <source>&amp;Categories on the websites…</source>
        <translation>&amp;Categories on the websites…</translation>
    </message>
    <message>
        <source>Choose the website&apos;s category for each category of the office</source>
        <translation>Choose the website&apos;s category for each category of the office</translation>
    </message>
    <message>
        <source>Publishing queue</source>
        <translation>Publishing queue</translation>
    </message>
    <message>
        <source>Publishing &amp;queue</source>
        <translation>Publishing &amp;queue</translation>
    </message>
    <message>
        <source>Show the articles waiting to be published and what happened to them</source>
        <translation>Show the articles waiting to be published and what happened to them</translation>
    </message>
    <message>
        <source>P&amp;ublishing</source>
        <translation>P&amp;ublishing</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::PublishDialog</name>
    <message>
        <source>Publish on the websites</source>
        <translation>Publish on the websites</translation>
    </message>
    <message>
        <source>Take off the websites</source>
        <translation>Take off the websites</translation>
    </message>
    <message>
        <source>Publish &quot;%1&quot; on:</source>
        <translation>Publish &quot;%1&quot; on:</translation>
    </message>
    <message>
        <source>Take &quot;%1&quot; off:</source>
        <translation>Take &quot;%1&quot; off:</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>&amp;Take off</source>
        <translation>&amp;Take off</translation>
    </message>
    <message>
        <source>%1 (already there: it is updated)</source>
        <translation>%1 (already there: it is updated)</translation>
    </message>
    <message>
        <source>There is no website connection yet. An administrator adds one under Publishing › Website connections.</source>
        <translation>There is no website connection yet. An administrator adds one under Publishing › Website connections.</translation>
    </message>
    <message>
        <source>The article is not on any website.</source>
        <translation>The article is not on any website.</translation>
    </message>
    <message>
        <source>The article is scheduled for %1: the website publishes it at that time.</source>
        <translation>The article is scheduled for %1: the website publishes it at that time.</translation>
    </message>
    <message>
        <source>The article has changes that are not saved: the last saved version is sent. Save first to send them too.</source>
        <translation>The article has changes that are not saved: the last saved version is sent. Save first to send them too.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::Publishing</name>
    <message>
        <source>Publishing has not started.</source>
        <translation>Publishing has not started.</translation>
    </message>
    <message>
        <source>Publishing is stopped.</source>
        <translation>Publishing is stopped.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ReasonDialog</name>
    <message>
        <source>Return to the author</source>
        <translation>Return to the author</translation>
    </message>
    <message>
        <source>What should the author change in “%1”? They will see your reason.</source>
        <translation>What should the author change in “%1”? They will see your reason.</translation>
    </message>
    <message>
        <source>For example: the sapo is too long, and the quote in paragraph 2 needs its source.</source>
        <translation>For example: the sapo is too long, and the quote in paragraph 2 needs its source.</translation>
    </message>
    <message>
        <source>Reject the article</source>
        <translation>Reject the article</translation>
    </message>
    <message>
        <source>Why is “%1” rejected? The author will see your reason (optional).</source>
        <translation>Why is “%1” rejected? The author will see your reason (optional).</translation>
    </message>
    <message>
        <source>For example: the event was cancelled.</source>
        <translation>For example: the event was cancelled.</translation>
    </message>
    <message>
        <source>Take the article off the websites</source>
        <translation>Take the article off the websites</translation>
    </message>
    <message>
        <source>Why is “%1” taken off the websites? (optional)</source>
        <translation>Why is “%1” taken off the websites? (optional)</translation>
    </message>
    <message>
        <source>For example: a figure in the article was wrong.</source>
        <translation>For example: a figure in the article was wrong.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>ToaSoan was not closed properly last time. These articles have changes that were kept by autosave but not saved. Restore each one to keep working on it, or skip it to keep the saved version.</source>
        <translation>ToaSoan was not closed properly last time. These articles have changes that were kept by autosave but not saved. Restore each one to keep working on it, or skip it to keep the saved version.</translation>
    </message>
    <message>
        <source>Articles with recovered changes</source>
        <translation>Articles with recovered changes</translation>
    </message>
    <message>
        <source>What differs from the saved version</source>
        <translation>What differs from the saved version</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore the recovered changes of this article</source>
        <translation>Restore the recovered changes of this article</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Skip: keep the saved version and discard the recovered changes</source>
        <translation>Skip: keep the saved version and discard the recovered changes</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <source>Close and ask again at the next start</source>
        <translation>Close and ask again at the next start</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>kept at %1</source>
        <translation>kept at %1</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Careful: the article was saved again (version %1) after this copy was kept. Restoring replaces that version&apos;s text with the copy&apos;s when you save.</source>
        <translation>Careful: the article was saved again (version %1) after this copy was kept. Restoring replaces that version&apos;s text with the copy&apos;s when you save.</translation>
    </message>
    <message>
        <source>Kept by autosave at %1; last saved version: %2.</source>
        <translation>Kept by autosave at %1; last saved version: %2.</translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation>Changed details</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Only the formatting differs from the saved version.</source>
        <translation>Only the formatting differs from the saved version.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RevisionComparisonView</name>
    <message>
        <source>Comparison of the two revisions</source>
        <translation>Comparison of the two revisions</translation>
    </message>
    <message>
        <source>Revision %1, saved by %2 on %3</source>
        <translation>Revision %1, saved by %2 on %3</translation>
    </message>
    <message>
        <source>Revision %1 compared with revision %2</source>
        <translation>Revision %1 compared with revision %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Marks: %1, %2.</source>
        <translation>Marks: %1, %2.</translation>
    </message>
    <message>
        <source>added words</source>
        <translation>added words</translation>
    </message>
    <message>
        <source>removed words</source>
        <translation>removed words</translation>
    </message>
    <message>
        <source>The two revisions have the same text and details.</source>
        <translation>The two revisions have the same text and details.</translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation>Changed details</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>The body did not change.</source>
        <translation>The body did not change.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RevisionHistoryDialog</name>
    <message>
        <source>Revision history</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <source>Saved revisions, newest first</source>
        <translation>Saved revisions, newest first</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Select two revisions to compare them (Ctrl+click), or one to see what it changed.</source>
        <translation>Select two revisions to compare them (Ctrl+click), or one to see what it changed.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Compare the selected revisions</source>
        <translation>Compare the selected revisions</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restore this revision</translation>
    </message>
    <message>
        <source>Restore the selected revision as a new revision</source>
        <translation>Restore the selected revision as a new revision</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Select two revisions and press “Compare” to see what changed between them.</source>
        <translation>Select two revisions and press “Compare” to see what changed between them.</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>Cannot read the revision history</source>
        <translation>Cannot read the revision history</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Revisions of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Revisions of &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Revision history: %1</source>
        <translation>Revision history: %1</translation>
    </message>
    <message>
        <source>Copy the selected revision&apos;s text and details into a new revision</source>
        <translation>Copy the selected revision&apos;s text and details into a new revision</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>Cannot compare the revisions</source>
        <translation>Cannot compare the revisions</translation>
    </message>
    <message>
        <source>Cannot restore the revision</source>
        <translation>Cannot restore the revision</translation>
    </message>
    <message>
        <source>The article has changes that are not saved. Save them or close its tab first, so they are not lost.</source>
        <translation>The article has changes that are not saved. Save them or close its tab first, so they are not lost.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::RichTextEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Underline</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>&amp;Normal paragraph</source>
        <translation>&amp;Normal paragraph</translation>
    </message>
    <message>
        <source>Make the paragraph normal text</source>
        <translation>Make the paragraph normal text</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Heading &amp;1</translation>
    </message>
    <message>
        <source>Make the paragraph a heading</source>
        <translation>Make the paragraph a heading</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Heading &amp;2</translation>
    </message>
    <message>
        <source>Make the paragraph a subheading</source>
        <translation>Make the paragraph a subheading</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>B&amp;ulleted list</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>N&amp;umbered list</source>
        <translation>N&amp;umbered list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Block &amp;quote</source>
        <translation>Block &amp;quote</translation>
    </message>
    <message>
        <source>Set the paragraph apart as a quotation</source>
        <translation>Set the paragraph apart as a quotation</translation>
    </message>
    <message>
        <source>&amp;Link...</source>
        <translation>&amp;Link...</translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation>Insert or edit a link</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Remove link</translation>
    </message>
    <message>
        <source>Remove the link, keep the text</source>
        <translation>Remove the link, keep the text</translation>
    </message>
    <message>
        <source>&amp;Image...</source>
        <translation>&amp;Image...</translation>
    </message>
    <message>
        <source>Insert an image from a file</source>
        <translation>Insert an image from a file</translation>
    </message>
    <message>
        <source>Image &amp;caption</source>
        <translation>Image &amp;caption</translation>
    </message>
    <message>
        <source>Write the caption under the image</source>
        <translation>Write the caption under the image</translation>
    </message>
    <message>
        <source>Image &amp;left</source>
        <translation>Image &amp;left</translation>
    </message>
    <message>
        <source>Place the image at the left</source>
        <translation>Place the image at the left</translation>
    </message>
    <message>
        <source>Image &amp;centred</source>
        <translation>Image &amp;centred</translation>
    </message>
    <message>
        <source>Centre the image</source>
        <translation>Centre the image</translation>
    </message>
    <message>
        <source>Image &amp;right</source>
        <translation>Image &amp;right</translation>
    </message>
    <message>
        <source>Place the image at the right</source>
        <translation>Place the image at the right</translation>
    </message>
    <message>
        <source>&amp;Table...</source>
        <translation>&amp;Table...</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Insert a table</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Add &amp;row</translation>
    </message>
    <message>
        <source>Add a row below this one</source>
        <translation>Add a row below this one</translation>
    </message>
    <message>
        <source>Add co&amp;lumn</source>
        <translation>Add co&amp;lumn</translation>
    </message>
    <message>
        <source>Add a column right of this one</source>
        <translation>Add a column right of this one</translation>
    </message>
    <message>
        <source>Remove r&amp;ow</source>
        <translation>Remove r&amp;ow</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <source>Remove colu&amp;mn</source>
        <translation>Remove colu&amp;mn</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>Remove this column</translation>
    </message>
    <message>
        <source>Clear &amp;formatting</source>
        <translation>Clear &amp;formatting</translation>
    </message>
    <message>
        <source>Remove bold, italic and underline from the selection</source>
        <translation>Remove bold, italic and underline from the selection</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Find...</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Find in the article</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>R&amp;eplace...</translation>
    </message>
    <message>
        <source>Find and replace in the article</source>
        <translation>Find and replace in the article</translation>
    </message>
    <message>
        <source>Paste as &amp;plain text</source>
        <translation>Paste as &amp;plain text</translation>
    </message>
    <message>
        <source>Paste without any formatting</source>
        <translation>Paste without any formatting</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Text at its normal size</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Insert image</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>The image %1 could not be read: %2</source>
        <translation>The image %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Images cannot be inserted here: there is no workspace to keep them in.</source>
        <translation>Images cannot be inserted here: there is no workspace to keep them in.</translation>
    </message>
    <message>
        <source>%1 is not an image the site can show.</source>
        <translation>%1 is not an image the site can show.</translation>
    </message>
    <message>
        <source>pasted-image.png</source>
        <translation>pasted-image.png</translation>
    </message>
    <message>
        <source>The pasted text looks typed in %1, an old Vietnamese encoding. Convert it to Unicode?</source>
        <translation>The pasted text looks typed in %1, an old Vietnamese encoding. Convert it to Unicode?</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation>&amp;Convert to Unicode</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>&amp;Keep as is</translation>
    </message>
    <message>
        <source>Article body</source>
        <translation>Article body</translation>
    </message>
    <message>
        <source>The text of the article, with formatting</source>
        <translation>The text of the article, with formatting</translation>
    </message>
    <message>
        <source>Image %1 is missing</source>
        <translation>Image %1 is missing</translation>
    </message>
    <message>
        <source>Web image: %1</source>
        <translation>Web image: %1</translation>
    </message>
    <message>
        <source>&amp;Spell check</source>
        <translation>&amp;Spell check</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>Underline misspelled words</translation>
    </message>
    <message>
        <source>Spell checking is not available in this editor</source>
        <translation>Spell checking is not available in this editor</translation>
    </message>
    <message>
        <source>Spell checking needs the Vietnamese dictionary: install the hunspell-vi package and restart ToaSoan</source>
        <translation>Spell checking needs the Vietnamese dictionary: install the hunspell-vi package and restart ToaSoan</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Looking for suggestions…</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <source>Accept this word in every article of the office</source>
        <translation>Accept this word in every article of the office</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Accept this word until ToaSoan is closed</source>
        <translation>Accept this word until ToaSoan is closed</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ScheduleField</name>
    <message>
        <source>Publish at</source>
        <translation>Publish at</translation>
    </message>
    <message>
        <source>Schedule the publication</source>
        <translation>Schedule the publication</translation>
    </message>
    <message>
        <source>Publication date and time</source>
        <translation>Publication date and time</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language is used after ToaSoan restarts.</source>
        <translation>The new language is used after ToaSoan restarts.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>How often an article being edited is saved in the background</source>
        <translation>How often an article being edited is saved in the background</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>Editing on this computer</source>
        <translation>Editing on this computer</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autosave every:</translation>
    </message>
    <message>
        <source>Warn when the &amp;headline is longer than:</source>
        <translation>Warn when the &amp;headline is longer than:</translation>
    </message>
    <message>
        <source>Warn when the &amp;sapo is longer than:</source>
        <translation>Warn when the &amp;sapo is longer than:</translation>
    </message>
    <message>
        <source>Office (shared by every user)</source>
        <translation>Office (shared by every user)</translation>
    </message>
    <message>
        <source>House style for tone marks in oa, oe, uy:</source>
        <translation>House style for tone marks in oa, oe, uy:</translation>
    </message>
    <message>
        <source>The office settings were not saved: %1</source>
        <translation>The office settings were not saved: %1</translation>
    </message>
    <message>
        <source>The office settings cannot be read: %1</source>
        <translation>The office settings cannot be read: %1</translation>
    </message>
    <message>
        <source>Only an administrator can change the office&apos;s settings.</source>
        <translation>Only an administrator can change the office&apos;s settings.</translation>
    </message>
    <message>
        <source>The &quot;Normalize tone marks&quot; command proposes this style.</source>
        <translation>The &quot;Normalize tone marks&quot; command proposes this style.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SiteChecks</name>
    <message>
        <source>The connection to %1 does not work: %2</source>
        <translation>The connection to %1 does not work: %2</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>The connection to %1 works.</translation>
    </message>
    <message>
        <source>The connection to %1 works: %2.</source>
        <translation>The connection to %1 works: %2.</translation>
    </message>
    <message>
        <source>Account: %1 (may publish: %2; may upload images: %3).</source>
        <translation>Account: %1 (may publish: %2; may upload images: %3).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Time zone of the site: %1.</source>
        <translation>Time zone of the site: %1.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SiteForm</name>
    <message>
        <source>e.g. District portal</source>
        <translation>e.g. District portal</translation>
    </message>
    <message>
        <source>Turn the post back into a draft</source>
        <translation>Turn the post back into a draft</translation>
    </message>
    <message>
        <source>Move the post to the website&apos;s trash</source>
        <translation>Move the post to the website&apos;s trash</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>When &amp;unpublishing:</source>
        <translation>When &amp;unpublishing:</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Stored; leave empty to keep it</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Not stored yet</translation>
    </message>
    <message>
        <source>An application password: create one on the website under Users › Profile › Application Passwords. It is never stored in the workspace.</source>
        <translation>An application password: create one on the website under Users › Profile › Application Passwords. It is never stored in the workspace.</translation>
    </message>
    <message>
        <source>The account&apos;s password on the website. It is never stored in the workspace.</source>
        <translation>The account&apos;s password on the website. It is never stored in the workspace.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SitesDialog</name>
    <message>
        <source>Website connections</source>
        <translation>Website connections</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Save connection</source>
        <translation>&amp;Save connection</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Check the address, the password and the account&apos;s rights on the website</source>
        <translation>Check the address, the password and the account&apos;s rights on the website</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cannot open the website connections</source>
        <translation>Cannot open the website connections</translation>
    </message>
    <message>
        <source>Discard the changes to this connection?</source>
        <translation>Discard the changes to this connection?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Remove the connection</translation>
    </message>
    <message>
        <source>Remove the connection %1? Jobs waiting to be sent there are removed too, and ToaSoan forgets which articles it published there. The posts stay on the website.</source>
        <translation>Remove the connection %1? Jobs waiting to be sent there are removed too, and ToaSoan forgets which articles it published there. The posts stay on the website.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Enter the website&apos;s address first.</source>
        <translation>Enter the website&apos;s address first.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testing the connection to %1…</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SlugEdit</name>
    <message>
        <source>Made from the headline</source>
        <translation>Made from the headline</translation>
    </message>
    <message>
        <source>Locked: the article is on the website.</source>
        <translation>Locked: the article is on the website.</translation>
    </message>
    <message>
        <source>The article is already on the website: its link can no longer change.</source>
        <translation>The article is already on the website: its link can no longer change.</translation>
    </message>
    <message>
        <source>The end of the article&apos;s web address. It follows the headline until you edit it.</source>
        <translation>The end of the article&apos;s web address. It follows the headline until you edit it.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::SpellService</name>
    <message>
        <source>Words can only be added to the dictionary of a workspace.</source>
        <translation>Words can only be added to the dictionary of a workspace.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Insert table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>First row is a &amp;header</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>First row is a header</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::TagField</name>
    <message>
        <source>Add a tag…</source>
        <translation>Add a tag…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <source>Existing tags</source>
        <translation>Existing tags</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Remove tag %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Remove the tag “%1”</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::ToneStyleDialog</name>
    <message>
        <source>Normalize tone marks</source>
        <translation>Normalize tone marks</translation>
    </message>
    <message>
        <source>Tone mark style</source>
        <translation>Tone mark style</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>In context</translation>
    </message>
    <message>
        <source>Words to change</source>
        <translation>Words to change</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <source>&amp;Change ticked words</source>
        <translation>&amp;Change ticked words</translation>
    </message>
    <message>
        <source>This looks like a name: it is changed only if you tick it.</source>
        <translation>This looks like a name: it is changed only if you tick it.</translation>
    </message>
    <message>
        <source>Nothing to change: every word already places its tone mark this way.</source>
        <translation>Nothing to change: every word already places its tone mark this way.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) place the tone mark the other way.</source>
        <translation>
            <numerusform>%n word(s) place the tone mark the other way.</numerusform>
            <numerusform>%n word(s) place the tone mark the other way.</numerusform>
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
            <numerusform>%n word(s) that look like names are not ticked.</numerusform>
            <numerusform>%n word(s) that look like names are not ticked.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tone mark style:</source>
        <translation>&amp;Tone mark style:</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::UserManagementDialog</name>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated accounts cannot log in; their articles and history are kept. A password must have at least %n character(s).</source>
        <translation>
            <numerusform>Deactivated accounts cannot log in; their articles and history are kept. A password must have at least %n character(s).</numerusform>
            <numerusform>Deactivated accounts cannot log in; their articles and history are kept. A password must have at least %n character(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Login of the new user</source>
        <translation>Login of the new user</translation>
    </message>
    <message>
        <source>e.g. lan.nguyen</source>
        <translation>e.g. lan.nguyen</translation>
    </message>
    <message>
        <source>Full name of the new user</source>
        <translation>Full name of the new user</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Role of the new user</translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation>Password of the new user</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character(s)</numerusform>
            <numerusform>at least %n character(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>New user&apos;s password again</source>
        <translation>New user&apos;s password again</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Role of the selected user</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>C&amp;hange role</translation>
    </message>
    <message>
        <source>New password of the selected user</source>
        <translation>New password of the selected user</translation>
    </message>
    <message>
        <source>Selected user&apos;s new password again</source>
        <translation>Selected user&apos;s new password again</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;le:</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>New pass&amp;word:</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>New password a&amp;gain:</translation>
    </message>
    <message>
        <source>Manage &amp;users…</source>
        <translation>Manage &amp;users…</translation>
    </message>
    <message>
        <source>Create accounts, change roles, reset passwords, deactivate accounts</source>
        <translation>Create accounts, change roles, reset passwords, deactivate accounts</translation>
    </message>
    <message>
        <source>Select a user in the list.</source>
        <translation>Select a user in the list.</translation>
    </message>
    <message>
        <source>&amp;Deactivate account</source>
        <translation>&amp;Deactivate account</translation>
    </message>
    <message>
        <source>Re&amp;activate account</source>
        <translation>Re&amp;activate account</translation>
    </message>
    <message>
        <source>The two passwords do not match. Please type the password again.</source>
        <translation>The two passwords do not match. Please type the password again.</translation>
    </message>
    <message>
        <source>Created the account %1 for %2.</source>
        <translation>Created the account %1 for %2.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>The password of %1 was changed. Tell them the new one in person.</source>
        <translation>The password of %1 was changed. Tell them the new one in person.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::WorkflowActions</name>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Submit for review</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>&amp;Forward for approval</source>
        <translation>&amp;Forward for approval</translation>
    </message>
    <message>
        <source>Re&amp;turn to author…</source>
        <translation>Re&amp;turn to author…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Unpublish…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source>Reopen as &amp;draft</source>
        <translation>Reopen as &amp;draft</translation>
    </message>
    <message>
        <source>Send the article to the editors for review</source>
        <translation>Send the article to the editors for review</translation>
    </message>
    <message>
        <source>Take the article back to work on it again, before anyone starts reviewing it</source>
        <translation>Take the article back to work on it again, before anyone starts reviewing it</translation>
    </message>
    <message>
        <source>Send the edited article on to the approver</source>
        <translation>Send the edited article on to the approver</translation>
    </message>
    <message>
        <source>Send the article back to its author, saying what to change</source>
        <translation>Send the article back to its author, saying what to change</translation>
    </message>
    <message>
        <source>Approve the article for publishing</source>
        <translation>Approve the article for publishing</translation>
    </message>
    <message>
        <source>Refuse the article: it will not be published</source>
        <translation>Refuse the article: it will not be published</translation>
    </message>
    <message>
        <source>Take the article off the websites</source>
        <translation>Take the article off the websites</translation>
    </message>
    <message>
        <source>Put the article away in the archive</source>
        <translation>Put the article away in the archive</translation>
    </message>
    <message>
        <source>Make the article a draft again, to work on it</source>
        <translation>Make the article a draft again, to work on it</translation>
    </message>
    <message>
        <source>“%1” was submitted for review.</source>
        <translation>“%1” was submitted for review.</translation>
    </message>
    <message>
        <source>“%1” is back with you as a draft.</source>
        <translation>“%1” is back with you as a draft.</translation>
    </message>
    <message>
        <source>“%1” was forwarded for approval.</source>
        <translation>“%1” was forwarded for approval.</translation>
    </message>
    <message>
        <source>“%1” was returned to its author.</source>
        <translation>“%1” was returned to its author.</translation>
    </message>
    <message>
        <source>“%1” was approved.</source>
        <translation>“%1” was approved.</translation>
    </message>
    <message>
        <source>“%1” was rejected.</source>
        <translation>“%1” was rejected.</translation>
    </message>
    <message>
        <source>“%1” was unpublished.</source>
        <translation>“%1” was unpublished.</translation>
    </message>
    <message>
        <source>“%1” was archived.</source>
        <translation>“%1” was archived.</translation>
    </message>
    <message>
        <source>“%1” is a draft again.</source>
        <translation>“%1” is a draft again.</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::WorkflowBar</name>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Article state</source>
        <translation>Article state</translation>
    </message>
    <message>
        <source>Take over editing</source>
        <translation>Take over editing</translation>
    </message>
    <message>
        <source>Edit the article yourself: the other person can no longer save it. This is recorded in the article&apos;s history.</source>
        <translation>Edit the article yourself: the other person can no longer save it. This is recorded in the article&apos;s history.</translation>
    </message>
    <message>
        <source>Show the new version</source>
        <translation>Show the new version</translation>
    </message>
</context>
<context>
    <name>toasoan::ui::WorkflowController</name>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>&amp;Take over editing</source>
        <translation>&amp;Take over editing</translation>
    </message>
    <message>
        <source>Edit the article someone else has open; this is recorded in its history</source>
        <translation>Edit the article someone else has open; this is recorded in its history</translation>
    </message>
    <message>
        <source>Editorial comments</source>
        <translation>Editorial comments</translation>
    </message>
    <message>
        <source>Editorial comments (%1)</source>
        <translation>Editorial comments (%1)</translation>
    </message>
    <message>
        <source>Some fields need attention before submitting; see the messages.</source>
        <translation>Some fields need attention before submitting; see the messages.</translation>
    </message>
    <message>
        <source>Version conflict</source>
        <translation>Version conflict</translation>
    </message>
    <message>
        <source>Cannot do “%1”</source>
        <translation>Cannot do “%1”</translation>
    </message>
</context>
</TS>
