#pragma once

#include <QColor>
#include <QPalette>

namespace ql {

// The Okabe-Ito colour-blind-safe palette, ordered so the first colours contrast most on both light and
// dark backgrounds. Its black becomes a light grey on dark backgrounds.
class ColorPalette
{
public:
    static constexpr int size() { return 8; }
    static QColor color(int index, bool dark = false);
    static bool isDark(const QPalette& palette);
};

} // namespace ql
