#include "app/workflow/OfficeSetup.h"

#include "app/storage/Database.h"
#include "app/storage/TaxonomyRepository.h"
#include "app/text/Normalize.h"
#include "app/text/Slug.h"
#include "app/workflow/ActingUser.h"
#include "app/workflow/TaxonomyAdmin.h"

#include <QSet>

namespace toasoan {

QStringList OfficeSetup::suggestedCategories()
{
    // The sections district portals (e.g. the Nam Từ Liêm news site the samples come from) open with.
    return {
        QStringLiteral("Tin tức - Sự kiện"),
        QStringLiteral("Chính trị"),
        QStringLiteral("Kinh tế"),
        QStringLiteral("Văn hóa - Xã hội"),
        QStringLiteral("Giáo dục"),
        QStringLiteral("Y tế"),
        QStringLiteral("Quốc phòng - An ninh"),
        QStringLiteral("Đô thị"),
        QStringLiteral("Chuyển đổi số"),
        QStringLiteral("Thông báo"),
    };
}

Result<QList<Category>> OfficeSetup::addCategories(qint64 actorId, const QStringList &names)
{
    TOASOAN_CHECK(actingUser(m_db, actorId, Action::ManageSettings));
    TaxonomyRepository taxonomy(m_db);
    QList<Category> created;
    TOASOAN_CHECK(m_db.transaction([&]() -> Result<void> {
        TOASOAN_TRY(existing, taxonomy.listCategories());
        QSet<QString> slugs;
        for (const Category &category : std::as_const(*existing)) {
            if (category.parentId == 0) {
                slugs.insert(category.slug);
            }
        }
        for (const QString &name : names) {
            const QString clean = text::normalize(name.simplified());
            const QString slug = text::slugify(clean);
            if (clean.isEmpty() || slugs.contains(slug)) {
                continue;
            }
            // Through TaxonomyAdmin, so each one is in the event log with the administrator.
            TOASOAN_TRY(category, TaxonomyAdmin(m_db).addCategory(actorId, clean));
            slugs.insert(slug);
            created.append(*category);
        }
        return {};
    }));
    return created;
}

} // namespace toasoan
