#include "views/charts/ColorPalette.h"

namespace ql {

QColor ColorPalette::color(int index, bool dark)
{
    // Yellow is last: it has too little contrast against a white page to lead.
    static const QRgb light[]
        = { 0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9, 0x000000, 0xF0E442 };
    static const QRgb onDark[]
        = { 0x56B4E9, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x0072B2, 0xDDDDDD, 0xF0E442 };
    const int i = ((index % size()) + size()) % size();
    return QColor(dark ? onDark[i] : light[i]);
}

bool ColorPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace ql
