#include "core/analysis/extraction/OfficeHolders.h"

#include <algorithm>

#include <utility>

namespace ql {

namespace {

QString normalizeRole(const QString& phrase)
{
    QString s = phrase.toLower();
    s.replace(QChar(0x2019), QLatin1Char('\''));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    s.replace(QChar(0x2010), QLatin1Char(' '));
    s.replace(QLatin1String("'s "), QLatin1String(" "));
    s.replace(QLatin1Char('.'), QString());
    return s.simplified();
}

} // namespace

OfficeHolders::OfficeHolders(QList<Office> offices, QList<OfficeTerm> terms)
    : m_offices(std::move(offices))
    , m_terms(std::move(terms))
{
    index();
}

void OfficeHolders::index()
{
    for (const OfficeTerm& term : std::as_const(m_terms)) {
        if (!m_holders.contains(term.holder)) {
            m_holders.append(term.holder);
            m_holderWords.append(term.holder.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        }
    }
    for (const Office& office : std::as_const(m_offices)) {
        for (const QString& alias : office.aliases)
            m_aliases.append({ normalizeRole(alias), office.key });
    }
    std::stable_sort(m_aliases.begin(), m_aliases.end(),
        [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

OfficeHolders OfficeHolders::seed()
{
    auto d = [](int y, int m, int day) { return QDate(y, m, day); };
    auto s = [](const char* text) { return QString::fromUtf8(text); };
    QList<Office> offices {
        Office { s("nato-secretary-general"), s("NATO Secretary General"),
            { s("NATO Secretary General"), s("Secretary General of NATO"), s("Secretary General"),
                s("NATO chief"), s("NATO head"), s("NATO boss"), s("alliance chief"), s("Alliance's chief"),
                s("NATO leader") } },
        Office { s("un-secretary-general"), s("UN Secretary-General"),
            { s("UN Secretary General"), s("United Nations Secretary General"), s("UN chief") } },
        Office { s("us-president"), s("President of the United States"),
            { s("US President"), s("U.S. President"), s("American President"),
                s("President of the United States") } },
        Office { s("ukraine-president"), s("President of Ukraine"),
            { s("Ukrainian President"), s("Ukraine President"), s("Ukraine's President"),
                s("President of Ukraine") } },
        Office { s("eu-commission-president"), s("President of the European Commission"),
            { s("European Commission President"), s("Commission President"),
                s("President of the European Commission") } },
        Office { s("eu-high-representative"), s("EU High Representative"),
            { s("EU High Representative"), s("High Representative"), s("EU foreign policy chief") } },
        Office { s("german-chancellor"), s("Chancellor of Germany"),
            { s("German Chancellor"), s("Chancellor of Germany"), s("Germany's Chancellor") } },
        Office { s("french-president"), s("President of France"),
            { s("French President"), s("President of France"), s("France's President") } },
    };
    QList<OfficeTerm> terms {
        { s("nato-secretary-general"), s("Javier Solana"), d(1995, 12, 5), d(1999, 10, 6) },
        { s("nato-secretary-general"), s("George Robertson"), d(1999, 10, 14), d(2004, 1, 1) },
        { s("nato-secretary-general"), s("Jaap de Hoop Scheffer"), d(2004, 1, 1), d(2009, 8, 1) },
        { s("nato-secretary-general"), s("Anders Fogh Rasmussen"), d(2009, 8, 1), d(2014, 10, 1) },
        { s("nato-secretary-general"), s("Jens Stoltenberg"), d(2014, 10, 1), d(2024, 10, 1) },
        { s("nato-secretary-general"), s("Mark Rutte"), d(2024, 10, 1), QDate() },
        { s("un-secretary-general"), s("Ban Ki-moon"), d(2007, 1, 1), d(2017, 1, 1) },
        { s("un-secretary-general"), s("António Guterres"), d(2017, 1, 1), QDate() },
        { s("us-president"), s("Barack Obama"), d(2009, 1, 20), d(2017, 1, 20) },
        { s("us-president"), s("Donald Trump"), d(2017, 1, 20), d(2021, 1, 20) },
        { s("us-president"), s("Joe Biden"), d(2021, 1, 20), d(2025, 1, 20) },
        { s("us-president"), s("Donald Trump"), d(2025, 1, 20), QDate() },
        { s("ukraine-president"), s("Petro Poroshenko"), d(2014, 6, 7), d(2019, 5, 20) },
        { s("ukraine-president"), s("Volodymyr Zelenskyy"), d(2019, 5, 20), QDate() },
        { s("eu-commission-president"), s("Jean-Claude Juncker"), d(2014, 11, 1), d(2019, 12, 1) },
        { s("eu-commission-president"), s("Ursula von der Leyen"), d(2019, 12, 1), QDate() },
        { s("eu-high-representative"), s("Federica Mogherini"), d(2014, 11, 1), d(2019, 12, 1) },
        { s("eu-high-representative"), s("Josep Borrell"), d(2019, 12, 1), d(2024, 12, 1) },
        { s("eu-high-representative"), s("Kaja Kallas"), d(2024, 12, 1), QDate() },
        { s("german-chancellor"), s("Angela Merkel"), d(2005, 11, 22), d(2021, 12, 8) },
        { s("german-chancellor"), s("Olaf Scholz"), d(2021, 12, 8), d(2025, 5, 6) },
        { s("german-chancellor"), s("Friedrich Merz"), d(2025, 5, 6), QDate() },
        { s("french-president"), s("François Hollande"), d(2012, 5, 15), d(2017, 5, 14) },
        { s("french-president"), s("Emmanuel Macron"), d(2017, 5, 14), QDate() },
    };
    return OfficeHolders(std::move(offices), std::move(terms));
}

QString OfficeHolders::officeForRole(const QString& rolePhrase) const
{
    const QString role = normalizeRole(rolePhrase);
    if (role.isEmpty())
        return {};
    for (const auto& [alias, key] : m_aliases) {
        // The alias must end the phrase, and "Assistant Secretary General" is another office.
        if (role != alias
            && !(role.endsWith(alias) && role.at(role.size() - alias.size() - 1) == QLatin1Char(' ')))
            continue;
        const QString head = role.left(role.size() - alias.size()).trimmed();
        if (head.endsWith(QLatin1String("assistant")) || head.endsWith(QLatin1String("deputy"))
            || head.endsWith(QLatin1String("former")) || head.endsWith(QLatin1String("vice")))
            return {};
        return key;
    }
    return {};
}

QString OfficeHolders::holderOn(const QString& officeKey, const QDate& date) const
{
    if (!date.isValid())
        return {};
    for (const OfficeTerm& term : m_terms) {
        if (term.office == officeKey && term.start <= date && (!term.end.isValid() || date < term.end))
            return term.holder;
    }
    return {};
}

} // namespace ql
