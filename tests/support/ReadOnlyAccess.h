#pragma once

#include <QDir>
#include <QFile>
#include <unistd.h>

namespace toasoan::test {

/// While alive, this process opens files as an ordinary user would: root ignores read-only
/// permissions, so a test run as root acts as "nobody" (the effective user, as SQLite opens
/// files with it). Create it on the test's own thread, with no other thread opening files. Child
/// processes started meanwhile would be refused by Qt as set-user-id programs: drop their user
/// with QProcess::setChildProcessModifier instead.
class AsOrdinaryUser final
{
public:
    AsOrdinaryUser()
    {
        if (geteuid() == 0 && seteuid(kNobody) == 0) {
            m_switched = true;
        }
    }
    ~AsOrdinaryUser()
    {
        if (m_switched) {
            (void)seteuid(0);
        }
    }
    AsOrdinaryUser(const AsOrdinaryUser &) = delete;
    AsOrdinaryUser &operator=(const AsOrdinaryUser &) = delete;

private:
    static constexpr uid_t kNobody = 65534;
    bool m_switched = false;
};

constexpr QFileDevice::Permissions kReadOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions kReadOnlyFolder =
    kReadOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kOpenFolder = kReadOnlyFolder | QFileDevice::WriteOwner | QFileDevice::WriteUser |
                                                 QFileDevice::WriteGroup | QFileDevice::WriteOther;

} // namespace toasoan::test
