#pragma once

#include <QString>

namespace ql {

// Where the app keeps its default store when the user has not chosen one.
QString defaultStorePath();

} // namespace ql
