#pragma once

#include <QDateTime>
#include <functional>

namespace toasoan {

/// Where the workflow reads "now" (UTC). Tests inject a fake so lock expiry and log-in delays are
/// checked without sleeping.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace toasoan
