#include "core/analysis/comparison/WordDiff.h"

#include "core/analysis/comparison/TextNormalizer.h"

#include <QHash>

#include <vector>

namespace ql {

namespace {

enum class Edit : unsigned char { Equal, Insert, Delete };

// Myers' greedy algorithm; `trace[d]` keeps the furthest-reaching x per diagonal before round d,
// only for diagonals -d..d, so memory is O(D^2) rather than O((N+M)·D).
std::vector<Edit> shortestEditScript(const std::vector<int>& a, const std::vector<int>& b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    std::vector<int> v(size_t(2 * max + 3), 0);
    const int offset = max + 1;
    std::vector<std::vector<int>> trace;
    int finalD = 0;
    bool done = n == 0 && m == 0;
    for (int d = 0; d <= max && !done; ++d) {
        trace.emplace_back(v.begin() + offset - d - 1, v.begin() + offset + d + 2);
        for (int k = -d; k <= d; k += 2) {
            int x;
            // Prefer deletions over insertions at equal reach, so a changed run reads "old" then "new".
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                finalD = d;
                done = true;
                break;
            }
        }
    }

    std::vector<Edit> script;
    int x = n;
    int y = m;
    for (int d = finalD; d > 0; --d) {
        const std::vector<int>& saved = trace[size_t(d)];
        // saved[i] holds diagonal (i - d - 1).
        const auto at = [&saved, d](int k) { return saved[size_t(k + d + 1)]; };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            script.push_back(Edit::Equal);
            --x;
            --y;
        }
        script.push_back(x == prevX ? Edit::Insert : Edit::Delete);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        script.push_back(Edit::Equal);
        --x;
        --y;
    }
    return { script.rbegin(), script.rend() };
}

int spanStart(const QList<NormalizedToken>& tokens, int first, int last)
{
    return first < last ? tokens.at(first).start : -1;
}

int spanEnd(const QList<NormalizedToken>& tokens, int first, int last)
{
    return first < last ? tokens.at(last - 1).end : -1;
}

bool sameWords(const QList<NormalizedToken>& left, const QList<NormalizedToken>& right, const DiffOp& del,
    const DiffOp& ins)
{
    const int len = del.leftLast - del.leftFirst;
    if (len != ins.rightLast - ins.rightFirst)
        return false;
    for (int i = 0; i < len; ++i) {
        if (left.at(del.leftFirst + i).text != right.at(ins.rightFirst + i).text)
            return false;
    }
    return true;
}

} // namespace

QList<DiffOp> WordDiff::compare(QStringView left, QStringView right) const
{
    const TextNormalizer normalizer;
    return compare(normalizer.tokenize(left), normalizer.tokenize(right));
}

QList<DiffOp> WordDiff::compare(const QList<NormalizedToken>& left, const QList<NormalizedToken>& right) const
{
    QHash<QString, int> ids;
    const auto encode = [&ids](const QList<NormalizedToken>& tokens) {
        std::vector<int> out;
        out.reserve(size_t(tokens.size()));
        for (const auto& token : tokens) {
            const auto it = ids.constFind(token.text);
            if (it != ids.cend()) {
                out.push_back(*it);
            } else {
                const int id = int(ids.size());
                ids.insert(token.text, id);
                out.push_back(id);
            }
        }
        return out;
    };
    const std::vector<int> a = encode(left);
    const std::vector<int> b = encode(right);
    const std::vector<Edit> script = shortestEditScript(a, b);

    QList<DiffOp> ops;
    int x = 0;
    int y = 0;
    size_t i = 0;
    while (i < script.size()) {
        DiffOp op;
        op.leftFirst = x;
        op.rightFirst = y;
        if (script[i] == Edit::Equal) {
            while (i < script.size() && script[i] == Edit::Equal) {
                ++x;
                ++y;
                ++i;
            }
            op.kind = DiffOpKind::Equal;
        } else {
            // Between two equal runs the deleted and inserted words are each contiguous.
            while (i < script.size() && script[i] != Edit::Equal) {
                if (script[i] == Edit::Delete)
                    ++x;
                else
                    ++y;
                ++i;
            }
            const bool deleted = x > op.leftFirst;
            const bool inserted = y > op.rightFirst;
            op.kind = deleted && inserted ? DiffOpKind::Replace
                                          : (deleted ? DiffOpKind::Delete : DiffOpKind::Insert);
        }
        op.leftLast = x;
        op.rightLast = y;
        op.leftStart = spanStart(left, op.leftFirst, op.leftLast);
        op.leftEnd = spanEnd(left, op.leftFirst, op.leftLast);
        op.rightStart = spanStart(right, op.rightFirst, op.rightLast);
        op.rightEnd = spanEnd(right, op.rightFirst, op.rightLast);
        ops.append(op);
    }

    for (DiffOp& del : ops) {
        if (del.kind != DiffOpKind::Delete || del.moved)
            continue;
        for (DiffOp& ins : ops) {
            if (ins.kind == DiffOpKind::Insert && !ins.moved && sameWords(left, right, del, ins)) {
                del.moved = true;
                ins.moved = true;
                break;
            }
        }
    }
    return ops;
}

QString WordDiff::toInlineText(const QList<DiffOp>& ops, QStringView leftText, QStringView rightText)
{
    QString out;
    const auto slice = [](QStringView text, int start, int end) {
        return start < 0 ? QString() : text.mid(start, end - start).toString();
    };
    for (const DiffOp& op : ops) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        const QString oldText = slice(leftText, op.leftStart, op.leftEnd);
        const QString newText = slice(rightText, op.rightStart, op.rightEnd);
        switch (op.kind) {
        case DiffOpKind::Equal:
            out += newText;
            break;
        case DiffOpKind::Delete:
            out += QStringLiteral("[-") + oldText + QStringLiteral("-]");
            break;
        case DiffOpKind::Insert:
            out += QStringLiteral("{+") + newText + QStringLiteral("+}");
            break;
        case DiffOpKind::Replace:
            out += QStringLiteral("[-") + oldText + QStringLiteral("-]{+") + newText + QStringLiteral("+}");
            break;
        }
    }
    return out;
}

double WordDiff::equalShare(const QList<DiffOp>& ops)
{
    int equal = 0;
    int total = 0;
    for (const DiffOp& op : ops) {
        const int len = (op.leftLast - op.leftFirst) + (op.rightLast - op.rightFirst);
        total += len;
        if (op.kind == DiffOpKind::Equal)
            equal += len;
    }
    return total == 0 ? 1.0 : double(equal) / double(total);
}

} // namespace ql
