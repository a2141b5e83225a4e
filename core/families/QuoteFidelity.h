#pragma once

#include "core/analysis/comparison/FidelityResult.h"
#include "core/store/StatementRow.h"

#include <optional>

namespace ql {

class Store;

// Finds the transcript a news quote should match (same speaker, a transcript article dated
// within a few days of the quote) and says how faithfully the quote renders it.
class QuoteFidelity
{
public:
    struct Verdict
    {
        FidelityResult result;
        qint64 transcriptArticleId = 0;
        QString transcriptTitle;
    };
    static constexpr int EventWindowDays = 3;

    explicit QuoteFidelity(const Store& store);
    // Empty when the statement is no quote, has no speaker, or no transcript of that speaker
    // and event is stored: there is nothing to judge against.
    std::optional<Verdict> check(const Statement& quote) const;

private:
    const Store& m_store;
};

} // namespace ql
