#include "app/cli/DiffCommand.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliSession.h"
#include "app/cli/StatementFormat.h"
#include "core/analysis/comparison/WordDiff.h"
#include "core/store/Store.h"

#include <QJsonArray>

namespace ql {

namespace {

QString opName(DiffOpKind kind)
{
    switch (kind) {
    case DiffOpKind::Equal:
        return QStringLiteral("equal");
    case DiffOpKind::Insert:
        return QStringLiteral("insert");
    case DiffOpKind::Delete:
        return QStringLiteral("delete");
    case DiffOpKind::Replace:
        return QStringLiteral("replace");
    }
    return QString();
}

} // namespace

QString DiffCommand::name() const
{
    return QStringLiteral("diff");
}

QString DiffCommand::summary() const
{
    return QStringLiteral("word-level diff between two statements");
}

QString DiffCommand::arguments() const
{
    return QStringLiteral("ID ID");
}

int DiffCommand::sharedOptions() const
{
    return CliOptions::Store | CliOptions::Format;
}

QString DiffCommand::prepare(const QCommandLineParser&, const QStringList& positional)
{
    if (positional.size() != 2)
        return QStringLiteral("diff needs two statement ids");
    bool okLeft = false, okRight = false;
    m_left = positional.at(0).toLongLong(&okLeft);
    m_right = positional.at(1).toLongLong(&okRight);
    return okLeft && okRight ? QString() : QStringLiteral("diff needs two numeric statement ids");
}

int DiffCommand::execute(CliSession& session, const QStringList&)
{
    Store store;
    if (!session.openStore(store))
        return CliFailure;
    const auto left = store.statementRow(m_left);
    const auto right = store.statementRow(m_right);
    if (!left || !right)
        return session.fail(QStringLiteral("no statement with id %1").arg(!left ? m_left : m_right));
    const WordDiff differ;
    const QString& a = left->statement.text;
    const QString& b = right->statement.text;
    const QList<DiffOp> ops = differ.compare(a, b);
    if (session.textFormat()) {
        session.out() << "- " << StatementFormat::line(*left) << "\n+ " << StatementFormat::line(*right)
                      << "\n\n"
                      << WordDiff::toInlineText(ops, a, b) << '\n';
    } else {
        QJsonArray list;
        for (const DiffOp& op : ops) {
            QJsonObject o { { QStringLiteral("op"), opName(op.kind) },
                { QStringLiteral("moved"), op.moved } };
            if (op.leftStart >= 0)
                o.insert(QStringLiteral("left"), a.mid(op.leftStart, op.leftEnd - op.leftStart));
            if (op.rightStart >= 0)
                o.insert(QStringLiteral("right"), b.mid(op.rightStart, op.rightEnd - op.rightStart));
            list.append(o);
        }
        session.printJson(QJsonObject { { QStringLiteral("left"), StatementFormat::json(*left) },
            { QStringLiteral("right"), StatementFormat::json(*right) },
            { QStringLiteral("similarity"), WordDiff::equalShare(ops) }, { QStringLiteral("ops"), list } });
    }
    session.out().flush();
    return CliOk;
}

} // namespace ql
