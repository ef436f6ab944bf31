#pragma once

#include "app/model/User.h"
#include "app/report/RoyaltyScheme.h"

#include <QDialog>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace toasoan {
class Database;
}

namespace toasoan::ui {

class StatusLabel;
class WindowContext;
class WorkflowController;

/// "Chấm nhuận bút": the kind of work and the points of one article, proposed from its current royalty
/// or from its length (the scheme's length bands), within the kind's range. Confirming hands them to
/// the core (report::Royalties::setRoyalty), which checks the permission and refuses a closed month:
/// the refusal shows in the dialog, which stays open.
class RoyaltyPointsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoyaltyPointsDialog)

public:
    RoyaltyPointsDialog(Database &db, const User &user, qint64 articleId, const QString &title,
                        QWidget *parent = nullptr);

    /// Opens the dialog after each approval in the window, and adds "Royalty of the article…" to the
    /// workflow menu (approvers and administrators) for later changes.
    static void attach(WindowContext &context, WorkflowController &workflow);

    QComboBox *kindBox() const { return m_kind; }
    QDoubleSpinBox *pointsBox() const { return m_points; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString errorMessage() const;

public slots:
    void accept() override;

private:
    void kindChanged();

    Database &m_db;
    User m_user;
    qint64 m_articleId;
    report::RoyaltyScheme m_scheme;
    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_points = nullptr;
    QLabel *m_amount = nullptr;
    StatusLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace toasoan::ui
