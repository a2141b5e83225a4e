#pragma once

#include <QtGlobal>

namespace ql {

// A stored statement found similar to a query, with the exact (verified) similarity in [0, 1].
struct SimilarHit
{
    qint64 id = 0;
    double similarity = 0.0;
};

} // namespace ql
