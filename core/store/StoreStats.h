#pragma once

namespace ql {

struct StoreStats
{
    int articles = 0;
    int statements = 0;
    int figures = 0;
    int speakers = 0;
    int tags = 0;
    int undatedArticles = 0;
};

} // namespace ql
