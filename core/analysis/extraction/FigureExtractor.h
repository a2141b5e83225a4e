#pragma once

#include "core/analysis/extraction/TextSpan.h"
#include "core/domain/Figure.h"

#include <QList>
#include <QString>

namespace ql {

// Finds spending figures: money in every common form (€2.4 billion, 2.4 billion euros, EUR 2.4bn,
// $647 million, £2.26bn, €300m, ranges "between $2 billion and $3 billion" / "$2-3 billion") and shares
// of GDP with their target year ("2.5 per cent of GDP by 2027"). Money needs a currency, so calibres,
// model numbers, phone numbers, head counts and years are never money. One pass over the digits.
class FigureExtractor
{
public:
    // Figures starting inside `skipped` spans (boilerplate lines) are not reported.
    QList<Figure> extract(const QString& text, const QList<TextSpan>& skipped) const;
};

} // namespace ql
