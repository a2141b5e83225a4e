#include "core/analysis/extraction/SpeakerRegistry.h"

#include "core/analysis/extraction/PersonNameRules.h"
#include "core/analysis/extraction/TextRules.h"

#include <QSet>

#include <algorithm>

namespace ql {

using namespace textrules;
using namespace personnames;

namespace {

constexpr int MaxPhraseTokens = 9;
constexpr qsizetype MaxCandidates = 2000;
// Bounds the phrases kept from learn() for mentionAt() on a hostile text of capitalised words.
constexpr qsizetype MaxCachedPhrases = 20000;

} // namespace

SpeakerRegistry::SpeakerRegistry(const OfficeHolders& offices, const QDate& date)
    : m_offices(offices)
    , m_date(date)
    , m_holders(offices.allHolders())
    , m_holderTokens(offices.holderWords())
{ }

SpeakerRegistry::Phrase SpeakerRegistry::phraseAt(const QString& text, int pos, int limit) const
{
    // Words are kept as spans and turned into strings only for a phrase that names someone.
    struct WordSpan
    {
        int start;
        int end;
    };
    WordSpan roleWords[MaxPhraseTokens];
    WordSpan nameWords[MaxPhraseTokens];
    int roleCount = 0;
    int roleKept = 0; // role words up to and including the last title word
    int nameCount = 0;
    Phrase phrase;
    int i = pos;
    while (i < limit && (text.at(i) == QLatin1Char(' ') || text.at(i) == QChar(0x00A0)))
        ++i;
    phrase.start = i;
    int end = i;
    int lastTitleEnd = -1;
    bool afterPreposition = false; // a title's "of"/"for" came before: a portfolio or country may follow
    bool prepositionLast = false; // the previous word was that "of"/"for"
    bool nameAfterPreposition = false; // the name run began right after it
    for (int tokens = 0; i < limit && tokens < MaxPhraseTokens && text.at(i).isLetter(); ++tokens) {
        const int we = wordEnd(text, i, limit);
        // wordEnd() looks up to two characters past the word's end, the loop one.
        phrase.lastRead = std::max(phrase.lastRead, we + 2);
        const QStringView word = QStringView(text).mid(i, we - i);
        const bool upper = word.at(0).isUpper();
        const bool preposition = word == QLatin1String("of") || word == QLatin1String("for");
        bool accept = false;
        if (nameCount == 0) {
            if (isTitleWord(word)) {
                accept = true;
                roleWords[roleCount++] = { i, we };
                roleKept = roleCount;
                lastTitleEnd = we;
            } else if ((upper || tokens == 0 || word == QLatin1String("of") || word == QLatin1String("for")
                           || word == QLatin1String("and"))
                && isRoleQualifier(word)) {
                accept = true;
                roleWords[roleCount++] = { i, we };
                afterPreposition = afterPreposition || (lastTitleEnd > 0 && preposition);
            } else if (afterPreposition && upper && isNonNameWord(stripPossessive(word))) {
                accept = true; // a portfolio word: "Minister of Strategic Industries"
                roleWords[roleCount++] = { i, we };
            } else if (upper && !word.at(0).isDigit() && !isNonNameWord(stripPossessive(word))
                && !m_lexicon.isCommonWord(text, i, word)) {
                accept = true;
                phrase.nameStart = i;
                nameWords[nameCount++] = { i, we };
                nameAfterPreposition = afterPreposition && prepositionLast;
            }
        } else {
            const bool nextIsUpper
                = we + 1 < limit && text.at(we) == QLatin1Char(' ') && text.at(we + 1).isUpper();
            if ((upper && !isTitleWord(word) && !isNonNameWord(stripPossessive(word)))
                || (isNameParticle(word) && nextIsUpper)) {
                accept = true;
                nameWords[nameCount++] = { i, we };
            } else if (afterPreposition && nextIsUpper
                && (word == QLatin1String("of") || word == QLatin1String("for")
                    || word == QLatin1String("and"))) {
                // "Minister of Strategic Industries of Ukraine Oleh Marchenko": the capitalised words
                // so far were the portfolio.
                accept = true;
                nameCount = 0;
                phrase.nameStart = -1;
            }
        }
        if (!accept)
            break;
        prepositionLast = preposition;
        end = we;
        // Punctuation ends the phrase, and so does a possessive name ("Kowal's plan").
        if (we >= limit || text.at(we) != QLatin1Char(' ') || isApostrophe(text.at(we - 1)))
            break;
        if (nameCount > 0 && (word.endsWith(QLatin1String("'s")) || word.endsWith(QStringLiteral("\u2019s"))))
            break;
        i = we + 1;
    }
    // Right after "of"/"for" a country or portfolio comes first: "President of Finland Anna Virtanen"
    // (but "Minister of Defence Bjørn Arne Dahl" keeps his three names).
    if (nameAfterPreposition && nameCount >= 3) {
        const int drop = nameCount - 2;
        for (int k = 0; k < 2; ++k)
            nameWords[k] = nameWords[k + drop];
        nameCount = 2;
        phrase.nameStart = nameWords[0].start;
    }
    while (nameCount > 0
        && isNameParticle(QStringView(text).mid(
            nameWords[nameCount - 1].start, nameWords[nameCount - 1].end - nameWords[nameCount - 1].start)))
        --nameCount;
    if (roleKept > 0) {
        QStringList words;
        for (int k = 0; k < roleKept; ++k)
            words.append(text.mid(roleWords[k].start, roleWords[k].end - roleWords[k].start));
        phrase.role = words.join(QLatin1Char(' '));
    }
    phrase.runEnd = end;
    if (nameCount > 0) {
        QStringList words;
        for (int k = 0; k < nameCount; ++k)
            words.append(text.mid(nameWords[k].start, nameWords[k].end - nameWords[k].start));
        phrase.name = words.join(QLatin1Char(' '));
        end = nameWords[nameCount - 1].end;
    } else if (lastTitleEnd > 0) {
        end = lastTitleEnd;
    }
    if (phrase.role.isEmpty() && phrase.name.isEmpty()) {
        Phrase none;
        none.lastRead = phrase.lastRead;
        return none;
    }
    phrase.end = end;
    return phrase;
}

void SpeakerRegistry::learn(const QString& text)
{
    struct Candidate
    {
        QString name;
        QString role;
        int strength = 0;
    };
    QList<Candidate> candidates;
    QSet<QString> seen;
    m_tokens = ArticleTokens(text);
    m_lexicon.learn(text, &m_tokens);
    m_learntText = text;
    m_phrases.clear();
    const int n = int(text.size());
    int i = 0;
    // A phrase starts at a capital that starts a run of the word table, no combining mark before it;
    // a run that starts before where the scan goes on is inside what it read.
    const std::vector<ArticleTokens::Run>& runs = m_tokens.runs();
    for (std::size_t r = 0; r < runs.size(); ++r) {
        if (runs[r].start < i || !runs[r].has(ArticleTokens::FirstUpper)
            || runs[r].has(ArticleTokens::AfterMark))
            continue;
        i = runs[r].start;
        const Phrase p = phraseAt(text, i, n);
        if (m_phrases.size() < MaxCachedPhrases)
            m_phrases.insert(i, p);
        if (p.end <= i) {
            i = wordEnd(text, i, n) + 1;
            continue;
        }
        // "The Defence Secretary, Grant Shapps, said": a role followed by the name as an appositive.
        // "The head of the European Defence Agency, Jiri Sedlak, said": the employer may sit between.
        int roleEnd = p.runEnd;
        if (p.name.isEmpty() && !p.role.isEmpty() && roleEnd > 3 && roleEnd < n
            && text.at(roleEnd) == QLatin1Char(' ')) {
            const QStringView lastWord = QStringView(text).mid(roleEnd - 3, 3);
            if (lastWord == QLatin1String(" of") || lastWord == QLatin1String("for"))
                roleEnd = employerEnd(text, roleEnd, n);
        }
        if (p.name.isEmpty() && !p.role.isEmpty() && roleEnd + 2 < n
            && text.at(roleEnd) == QLatin1Char(',')) {
            const Phrase appositive = phraseAt(text, roleEnd + 1, n);
            if (appositive.role.isEmpty() && !appositive.name.isEmpty()
                && nameTokens(appositive.name).size() >= 2) {
                const QString key = appositive.name + QLatin1Char('|') + p.role;
                if (!seen.contains(key) && seen.size() < MaxCandidates) {
                    seen.insert(key);
                    candidates.append(Candidate { appositive.name, p.role, 3 });
                }
            }
        }
        if (!p.name.isEmpty()) {
            const QStringList tokens = m_lexicon.withoutDescriptors(nameTokens(p.name));
            int strength = 0;
            QString role = p.role;
            if (!p.role.isEmpty())
                strength = 3;
            // A speech verb after the name, or "said"/"according to" before it.
            int k = p.end;
            for (int hop = 0; hop < 3 && k < n; ++hop) {
                while (k < n && text.at(k) == QLatin1Char(' '))
                    ++k;
                const int we = wordEnd(text, k, n);
                const QStringView w = QStringView(text).mid(k, we - k);
                if (w.isEmpty())
                    break;
                if (isSpeechVerb(w)) {
                    strength = std::max(strength, tokens.size() >= 2 ? 2 : 1);
                    break;
                }
                // A full name as the subject of any verb: "Ola Strand visited the depot".
                if (tokens.size() >= 2 && isSubjectVerb(w) && looksLikePersonName(tokens)) {
                    strength = std::max(strength, 1);
                    break;
                }
                if (!isAdverbFiller(w))
                    break;
                k = we;
            }
            // A full name right after a lower-case role or a verb of saying introduces a person even
            // without a capitalised title: "said retired general Hanna Voss", "according to analyst
            // Tomas Berg", "Hanna Voss, a defence analyst,". Later surname mentions resolve to it.
            if (strength == 0 && tokens.size() >= 2 && introducedBefore(text, p.start))
                strength = 2;
            if (strength == 0 && tokens.size() >= 2 && describedAfter(text, p.end, n))
                strength = 2;
            // Any other full name the article writes is a person too, unless it reads as an
            // organisation or a place ("Fox Business Network", "Palm Beach County"): news introduces
            // most people by their bare full name, and later surnames resolve to it.
            if (strength == 0 && tokens.size() >= 2 && looksLikePersonName(tokens))
                strength = 1;
            // Appositive role: "Wendy Gilmour, NATO Assistant Secretary General".
            if (k < n && p.end + 2 < n && text.at(p.end) == QLatin1Char(',')) {
                const Phrase appositive = phraseAt(text, p.end + 1, n);
                if (!appositive.role.isEmpty() && appositive.name.isEmpty()) {
                    role = appositive.role;
                    strength = std::max(strength, 3);
                }
            }
            for (int h = 0; h < m_holders.size(); ++h) {
                const QStringList& holderTokens = m_holderTokens.at(h);
                // Cheap tests first: the surname must match exactly, and a caseless comparison folds
                // code unit by code unit, so the lengths must be equal.
                if (tokens.last().size() != holderTokens.last().size()
                    || tokens.last().compare(holderTokens.last(), Qt::CaseInsensitive) != 0)
                    continue;
                const int q = matchQuality(tokens, holderTokens);
                if ((q == 0 || (q == 1 && tokens.size() == 1)) && !seen.contains(m_holders.at(h))) {
                    seen.insert(m_holders.at(h));
                    candidates.append(Candidate { m_holders.at(h), QString(), 1 });
                    strength = std::max(strength, 1);
                }
            }
            const QString key = tokens.join(QLatin1Char(' ')) + QLatin1Char('|') + role;
            if (strength > 0 && (tokens.size() >= 2 || strength >= 3) && !seen.contains(key)
                && seen.size() < MaxCandidates) {
                seen.insert(key);
                candidates.append(Candidate { tokens.join(QLatin1Char(' ')), role, strength });
            }
        }
        i = p.end + 1;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.strength > b.strength; });
    for (const Candidate& c : std::as_const(candidates))
        addPerson(c.name, c.role);
}

void SpeakerRegistry::addPerson(const QString& name, const QString& role)
{
    const QStringList tokens = nameTokens(name);
    if (tokens.isEmpty())
        return;
    int found = -1;
    for (int i = 0; i < m_people.size() && found < 0; ++i) {
        if (matchQuality(tokens, m_people.at(i)) >= 0)
            found = i;
    }
    if (found < 0) {
        // A longer form of someone already known ("Zelenskyy" then "Volodymyr Zelenskyy").
        for (int i = 0; i < m_people.size() && found < 0; ++i) {
            if (matchQuality(m_people.at(i), tokens) == 1) {
                m_people[i] = tokens;
                m_resolved.clear();
                found = i;
            }
        }
    }
    if (found < 0 && tokens.size() >= 3) {
        // A run of capitals around a known full name ("Glenn Beck Blasts Drudge") is that person.
        for (int i = 0; i < m_people.size() && found < 0; ++i) {
            const QStringList& person = m_people.at(i);
            if (person.size() < 2 || person.size() >= tokens.size())
                continue;
            for (int from = 0; from + person.size() <= tokens.size(); ++from) {
                if (sameTokens(person, tokens, from)) {
                    found = i;
                    break;
                }
            }
        }
    }
    if (found < 0) {
        if (m_people.size() >= MaxPeople)
            return;
        m_people.append(tokens);
        m_resolved.clear();
        found = int(m_people.size()) - 1;
    }
    if (role.isEmpty())
        return;
    const QString canonical = m_people.at(found).join(QLatin1Char(' '));
    const QString office = m_offices.officeForRole(role);
    if (!office.isEmpty() && !m_roleBindings.contains(office))
        m_roleBindings.insert(office, canonical);
    QString head;
    for (const QString& w : role.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (isTitleWord(w))
            head = foldWord(w);
    }
    if (!head.isEmpty() && !m_roleBindings.contains(head))
        m_roleBindings.insert(head, canonical);
}

QString SpeakerRegistry::resolveName(const QString& name) const
{
    const auto cached = m_resolved.constFind(name);
    if (cached != m_resolved.constEnd())
        return cached.value();
    const QString resolved = resolveNameUncached(name);
    if (m_resolved.size() < 4096)
        m_resolved.insert(name, resolved);
    return resolved;
}

QString SpeakerRegistry::resolveNameUncached(const QString& name) const
{
    const QStringList tokens = m_lexicon.withoutDescriptors(nameTokens(name));
    if (tokens.isEmpty())
        return {};
    int best = -1;
    int bestQuality = 3;
    for (int i = 0; i < m_people.size(); ++i) {
        const int q = matchQuality(tokens, m_people.at(i));
        if (q >= 0 && q < bestQuality) {
            best = i;
            bestQuality = q;
        }
    }
    if (best >= 0) {
        // "Glenn Beck Blasts Drudge" learnt from a headline before "Glenn Beck" was: the known full
        // name inside the run of capitals is the person.
        const QStringList& found = m_people.at(best);
        if (found.size() >= 3) {
            for (const QStringList& person : m_people) {
                if (person.size() < 2 || person.size() >= found.size())
                    continue;
                for (int from = 0; from + person.size() <= found.size(); ++from) {
                    if (sameTokens(person, found, from))
                        return person.join(QLatin1Char(' '));
                }
            }
        }
        return found.join(QLatin1Char(' '));
    }
    // "Glenn Beck Blasts Drudge", "McCain Challenger Kelli Ward": a headline's run of capitals that
    // holds the full name of someone the article knows is that person.
    if (tokens.size() >= 3) {
        for (int len = std::min(int(tokens.size()) - 1, 3); len >= 2; --len) {
            for (int from = 0; from + len <= tokens.size(); ++from) {
                const QStringList window = tokens.mid(from, len);
                for (const QStringList& person : m_people) {
                    if (person.size() == len && sameTokens(window, person, 0))
                        return person.join(QLatin1Char(' '));
                }
            }
        }
    }
    // "Hillary shot back": a first name alone is the one person of the article who bears it.
    if (tokens.size() == 1 && tokens.first().size() >= 3 && tokens.first().at(0).isUpper()) {
        int only = -1;
        for (int i = 0; i < m_people.size(); ++i) {
            const QStringList& person = m_people.at(i);
            if (person.size() >= 2 && person.first().compare(tokens.first(), Qt::CaseInsensitive) == 0) {
                if (only >= 0)
                    return {};
                only = i;
            }
        }
        if (only >= 0)
            return m_people.at(only).join(QLatin1Char(' '));
    }
    for (int h = 0; h < m_holders.size(); ++h) {
        const int q = matchQuality(tokens, m_holderTokens.at(h));
        if (q >= 0 && (q != 2 || tokens.size() >= 2))
            return m_holders.at(h);
    }
    return {};
}

QString SpeakerRegistry::introducedFullName(const QString& text, const QString& surname) const
{
    constexpr int MaxOccurrences = 50;
    if (surname.size() < 3 || surname.contains(QLatin1Char(' ')) || !surname.at(0).isUpper())
        return surname;
    int from = 0;
    for (int k = 0; k < MaxOccurrences; ++k) {
        const int at = int(text.indexOf(surname, from));
        if (at < 0)
            break;
        from = at + int(surname.size());
        const int after = at + int(surname.size());
        if (after < text.size() && (text.at(after).isLetter() || isMark(text.at(after))))
            continue; // "Hayeks", a longer word
        int e = at;
        if (e == 0 || text.at(e - 1) != QLatin1Char(' '))
            continue;
        --e;
        int s = e;
        while (s > 0 && (text.at(s - 1).isLetter() || text.at(s - 1) == QLatin1Char('.')))
            --s;
        const QStringView forename = QStringView(text).mid(s, e - s);
        if (forename.size() < 2 || !forename.at(0).isUpper() || forename.endsWith(QLatin1Char('.'))
            || isTitleWord(forename) || isNonNameWord(forename) || isRoleQualifier(forename)
            || ArticleLexicon::isSentenceOpener(forename) || m_lexicon.writesLowerCase(forename))
            continue;
        return forename.toString() + QLatin1Char(' ') + surname;
    }
    return surname;
}

QString SpeakerRegistry::canonicalFor(const QString& name) const
{
    const QString known = resolveName(name);
    return known.isEmpty() ? name : known;
}

QString SpeakerRegistry::resolveRole(const QString& rolePhrase) const
{
    const QString office = m_offices.officeForRole(rolePhrase);
    if (!office.isEmpty()) {
        if (m_roleBindings.contains(office))
            return m_roleBindings.value(office);
        const QString holder = m_offices.holderOn(office, m_date);
        if (!holder.isEmpty())
            return canonicalFor(holder);
        if (!m_date.isValid()) {
            // Undated article: the one person it names who ever held the office.
            QString only;
            for (const OfficeTerm& term : m_offices.terms()) {
                if (term.office != office)
                    continue;
                for (const QStringList& person : m_people) {
                    if (matchQuality(nameTokens(term.holder), person) >= 0 && only.isEmpty())
                        only = person.join(QLatin1Char(' '));
                }
            }
            return only;
        }
        return {};
    }
    QString head;
    for (const QString& w : rolePhrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (isTitleWord(w))
            head = foldWord(w);
    }
    return m_roleBindings.value(head);
}

Mention SpeakerRegistry::mentionAt(const QString& text, int pos, int limit) const
{
    Mention m;
    int i = pos;
    while (i < limit && (text.at(i) == QLatin1Char(' ') || text.at(i) == QChar(0x00A0)))
        ++i;
    if (i >= limit || !text.at(i).isLetter())
        return m;
    const int we = wordEnd(text, i, limit);
    const QStringView first = QStringView(text).mid(i, we - i);
    if (isPronoun(first)) {
        m.kind = Mention::Kind::Pronoun;
        m.start = i;
        m.end = we;
        m.raw = first.toString();
        return m;
    }
    Phrase p;
    const auto cached = text.isSharedWith(m_learntText) ? m_phrases.constFind(i) : m_phrases.constEnd();
    if (cached != m_phrases.constEnd() && (limit >= int(text.size()) || limit > cached->lastRead))
        p = cached.value();
    else
        p = phraseAt(text, i, limit);
    if (p.end <= i)
        return m;
    m.start = p.start;
    m.end = p.end;
    m.raw = text.mid(p.start, p.end - p.start);
    if (!p.name.isEmpty()) {
        m.canonical = resolveName(p.name);
        m.kind = m.canonical.isEmpty() ? Mention::Kind::UnknownName : Mention::Kind::Name;
        if (m.kind == Mention::Kind::UnknownName)
            m.raw = m_lexicon.withoutDescriptors(nameTokens(p.name)).join(QLatin1Char(' '));
        return m;
    }
    m.kind = Mention::Kind::Role;
    m.canonical = resolveRole(p.role);
    return m;
}

QList<Mention> SpeakerRegistry::mentionsIn(
    const QString& text, int from, int to, const QList<TextSpan>& excluded) const
{
    if (m_tokens.describes(text))
        return mentionsInRuns(text, from, to, excluded);
    QList<Mention> out;
    int i = std::max(0, from);
    const int limit = std::min(to, int(text.size()));
    int ex = 0;
    while (i < limit) {
        while (ex < excluded.size() && excluded.at(ex).end <= i)
            ++ex;
        if (ex < excluded.size() && excluded.at(ex).contains(i)) {
            i = excluded.at(ex).end;
            continue;
        }
        const QChar c = text.at(i);
        if (!c.isLetter() || (i > 0 && (text.at(i - 1).isLetterOrNumber() || isMark(text.at(i - 1))))) {
            ++i;
            continue;
        }
        int stop = limit;
        if (ex < excluded.size())
            stop = std::min(stop, excluded.at(ex).start);
        if (c.isLower()) {
            // Lower-case words start a mention only as a pronoun, "the …" or a title ("minister").
            const int we = wordEnd(text, i, stop);
            const QStringView word = QStringView(text).mid(i, we - i);
            if (!isPronoun(word) && word != QLatin1String("the") && !isTitleWord(word)) {
                i = std::max(i + 1, we);
                continue;
            }
        }
        const Mention m = mentionAt(text, i, stop);
        if (m.start >= 0 && m.end > i
            && (m.kind == Mention::Kind::Pronoun || !m.canonical.isEmpty()
                || m.kind == Mention::Kind::UnknownName)) {
            out.append(m);
            i = m.end;
        } else {
            i = std::max(i + 1, wordEnd(text, i, stop));
        }
    }
    return out;
}

QList<Mention> SpeakerRegistry::mentionsInRuns(
    const QString& text, int from, int to, const QList<TextSpan>& excluded) const
{
    // mentionsIn()'s scan over the word table: a mention starts only where a run starts with a letter
    // that no combining mark precedes, and a run that starts before where the scan goes on is inside
    // what it already read or skipped.
    static const quint64 the = ArticleTokens::foldedHash(u"the");
    QList<Mention> out;
    const int n = int(text.size());
    int i = std::max(0, from);
    const int limit = std::min(to, n);
    int ex = 0;
    const std::vector<ArticleTokens::Run>& runs = m_tokens.runs();
    for (std::size_t r = m_tokens.firstStartingAt(i); r < runs.size(); ++r) {
        const ArticleTokens::Run& run = runs[r];
        if (run.start < i)
            continue;
        if (run.start >= limit)
            break;
        i = run.start;
        while (ex < excluded.size() && excluded.at(ex).end <= i)
            ++ex;
        if (ex < excluded.size() && excluded.at(ex).contains(i)) {
            i = excluded.at(ex).end;
            continue;
        }
        if (!run.has(ArticleTokens::FirstLetter) || run.has(ArticleTokens::AfterMark))
            continue;
        int stop = limit;
        if (ex < excluded.size())
            stop = std::min(stop, excluded.at(ex).start);
        if (run.has(ArticleTokens::FirstLower)) {
            // Lower-case words start a mention only as a pronoun, "the …" or a title ("minister"). A
            // run of ASCII letters that no apostrophe, hyphen or dot continues is wordEnd()'s word;
            // its hash rules most such words out unread.
            const bool plain = run.has(ArticleTokens::AllLetters) && run.has(ArticleTokens::AsciiOnly)
                && run.end <= stop
                && (run.end == n
                    || (text.at(run.end).unicode() < 128 && text.at(run.end) != QLatin1Char('\'')
                        && text.at(run.end) != QLatin1Char('-') && text.at(run.end) != QLatin1Char('.')));
            if (plain && run.hash != the && !mayBePronounOrTitleRun(run.hash)) {
                i = run.end;
                continue;
            }
            const int we = wordEnd(text, i, stop);
            const QStringView word = QStringView(text).mid(i, we - i);
            if (!isPronoun(word) && word != QLatin1String("the") && !isTitleWord(word)) {
                i = std::max(i + 1, we);
                continue;
            }
        }
        const Mention m = mentionAt(text, i, stop);
        if (m.start >= 0 && m.end > i
            && (m.kind == Mention::Kind::Pronoun || !m.canonical.isEmpty()
                || m.kind == Mention::Kind::UnknownName)) {
            out.append(m);
            i = m.end;
        } else {
            i = std::max(i + 1, wordEnd(text, i, stop));
        }
    }
    return out;
}

int SpeakerRegistry::bearersOf(const QString& surname) const
{
    int count = 0;
    for (const QStringList& p : m_people) {
        if (!p.isEmpty() && p.last().compare(surname, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

QStringList SpeakerRegistry::people() const
{
    QStringList out;
    for (const QStringList& p : m_people)
        out.append(p.join(QLatin1Char(' ')));
    return out;
}

} // namespace ql
