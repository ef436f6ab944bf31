#include "ui/users/UserTableModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace toasoan::ui {

UserTableModel::UserTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::statusText(bool active)
{
    return active ? tr("Active") : tr("Deactivated");
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size()) {
        return {};
    }
    const User &user = m_users.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case LoginColumn:
            return user.login;
        case NameColumn:
            return user.displayName;
        case RoleColumn:
            return roleLabel(user.role);
        case StatusColumn:
            return statusText(user.active);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !user.active) {
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace toasoan::ui
