#pragma once

#include "app/model/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace toasoan::ui {

/// The workspace's users for the user management dialog: login, full name, role and whether the
/// account is active, in Vietnamese. Deactivated accounts are greyed.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        RoleColumn,
        StatusColumn,
        ColumnCount,
    };

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QList<User> &users);
    const User &user(int row) const { return m_users.at(row); }
    /// The row of the user with `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(bool active);

private:
    QList<User> m_users;
};

} // namespace toasoan::ui
