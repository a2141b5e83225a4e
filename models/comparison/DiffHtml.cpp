#include "models/comparison/DiffHtml.h"

namespace ql {

namespace {

QStringView slice(QStringView text, int start, int end)
{
    if (start < 0 || end < start)
        return {};
    return text.mid(start, end - start);
}

QString sideOf(const QList<DiffOp>& ops, QStringView text, bool left, const DiffColors& colors)
{
    QString out;
    int cursor = 0;
    for (const DiffOp& op : ops) {
        const int start = left ? op.leftStart : op.rightStart;
        const int end = left ? op.leftEnd : op.rightEnd;
        if (op.kind == DiffOpKind::Equal || start < 0 || start < cursor)
            continue;
        const DiffOpKind own = left ? DiffOpKind::Delete : DiffOpKind::Insert;
        QColor background = left ? colors.deleted : colors.inserted;
        if (op.kind == DiffOpKind::Replace)
            background = colors.changed;
        else if (op.kind == own && op.moved)
            background = colors.moved;
        out += DiffHtml::escape(slice(text, cursor, start));
        out += DiffHtml::span(slice(text, start, end), background, colors.text);
        cursor = end;
    }
    out += DiffHtml::escape(text.mid(qMin(cursor, int(text.size()))));
    return out;
}

} // namespace

QString DiffHtml::escape(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

QString DiffHtml::span(QStringView text, const QColor& background, const QColor& foreground, bool struck)
{
    QString style = QStringLiteral("background-color:%1;color:%2").arg(background.name(), foreground.name());
    if (struck)
        style += QStringLiteral(";text-decoration:line-through");
    return QStringLiteral("<span style=\"%1\">%2</span>").arg(style, escape(text));
}

QString DiffHtml::marked(
    const QList<DiffOp>& ops, QStringView reference, QStringView text, const DiffColors& colors)
{
    QString out;
    int cursor = 0;
    for (const DiffOp& op : ops) {
        if (op.kind == DiffOpKind::Delete) {
            // The reference's missing words go where they would have stood, set off by a space.
            const QString gone = span(slice(reference, op.leftStart, op.leftEnd),
                op.moved ? colors.moved : colors.deleted, colors.text, true);
            if (cursor == 0)
                out += gone + QLatin1Char(' ');
            else
                out += QLatin1Char(' ') + gone;
            continue;
        }
        if (op.rightStart < cursor)
            continue;
        out += escape(slice(text, cursor, op.rightStart));
        const QStringView words = slice(text, op.rightStart, op.rightEnd);
        switch (op.kind) {
        case DiffOpKind::Equal:
            out += escape(words);
            break;
        case DiffOpKind::Insert:
            out += span(words, op.moved ? colors.moved : colors.inserted, colors.text);
            break;
        case DiffOpKind::Replace:
            out += span(slice(reference, op.leftStart, op.leftEnd), colors.deleted, colors.text, true);
            out += QLatin1Char(' ') + span(words, colors.changed, colors.text);
            break;
        case DiffOpKind::Delete:
            break;
        }
        cursor = op.rightEnd;
    }
    out += escape(text.mid(qMin(cursor, int(text.size()))));
    return out;
}

QString DiffHtml::leftSide(const QList<DiffOp>& ops, QStringView left, const DiffColors& colors)
{
    return sideOf(ops, left, true, colors);
}

QString DiffHtml::rightSide(const QList<DiffOp>& ops, QStringView right, const DiffColors& colors)
{
    return sideOf(ops, right, false, colors);
}

} // namespace ql
