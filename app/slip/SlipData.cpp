#include "app/slip/SlipData.h"

#include "app/html/PlainText.h"
#include "app/storage/ArticleRepository.h"
#include "app/storage/Database.h"
#include "app/storage/EventLog.h"
#include "app/storage/UserRepository.h"
#include "app/text/Normalize.h"
#include "app/text/VietnameseLocale.h"
#include "app/workflow/OfficeSettings.h"

#include <QCoreApplication>
#include <QHash>

namespace toasoan::slip {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(toasoan::ApprovalSlip)
};

} // namespace

QString slipDateLine(const QString &place, const QDate &date, const QLocale &locale)
{
    if (locale.language() == QLocale::Vietnamese) {
        return text::administrativeDate(date, place);
    }
    const QString where = text::normalize(place).trimmed();
    const QString when = locale.toString(date, QStringLiteral("d MMMM yyyy"));
    return where.isEmpty() ? when : where + QStringLiteral(", ") + when;
}

Result<SlipData> collectSlipData(Database &db, qint64 articleId, const QDate &date, const QLocale &locale)
{
    SlipData data;
    data.date = date;
    data.locale = locale;
    TOASOAN_TRY(office, loadOfficeSettings(db));
    data.officeName = office->officeName;
    data.place = office->officePlace;

    TOASOAN_TRY(article, ArticleRepository(db).load(articleId));
    data.article = *article;
    data.paragraphs = html::structuredBlocks(article->body);
    if (article->categoryId != 0) {
        TOASOAN_TRY(q, db.exec(QStringLiteral("SELECT name FROM categories WHERE id = ?"), {article->categoryId}));
        if (q->next()) {
            data.categoryName = q->value(0).toString();
        }
    }

    TOASOAN_TRY(users, UserRepository(db).list());
    QHash<qint64, QString> names;
    for (const User &user : std::as_const(*users)) {
        names.insert(user.id, user.displayName);
    }
    data.authorName = names.value(article->authorId);

    TOASOAN_TRY(events, EventLog(db).forArticle(articleId));
    for (const Event &e : std::as_const(*events)) {
        SlipStep step;
        step.at = e.at;
        step.who = e.userId == 0 ? Tr::tr("System") : names.value(e.userId);
        step.comment = e.comment;
        if (e.action == QLatin1String("create")) {
            step.what = Tr::tr("Created");
        } else if (e.action == QLatin1String("transition") && e.fromState && e.toState) {
            step.what = workflowStateLabel(*e.fromState) + QStringLiteral(" → ") + workflowStateLabel(*e.toState);
            if (*e.fromState == WorkflowState::Submitted && *e.toState == WorkflowState::AwaitingApproval) {
                data.editorName = step.who;
            }
            if (*e.toState == WorkflowState::Approved) {
                data.approverName = step.who;
            }
            // A return or withdrawal starts a new round: earlier reviewers did not pass this text.
            if (*e.toState == WorkflowState::Returned || *e.toState == WorkflowState::Draft) {
                data.editorName.clear();
                data.approverName.clear();
            }
            if (*e.fromState == WorkflowState::Approved && *e.toState == WorkflowState::AwaitingApproval) {
                data.approverName.clear(); // edited after approval: it needs a new signature
            }
        } else {
            continue; // saves, comments and locks belong to the history panel, not the slip
        }
        data.trail.append(step);
    }
    return data;
}

} // namespace toasoan::slip
