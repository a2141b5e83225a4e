#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <cmath>
#include <vector>

// Deterministic generator of invented English-like statements for tests and benchmarks:
// a Zipf-distributed vocabulary of made-up words, real stop words, and planted variants
// (words replaced, inserted, dropped, clauses rotated, British/American spellings swapped).
class SyntheticCorpus
{
public:
    explicit SyntheticCorpus(quint32 seed, int vocabulary = 30000, double variantShare = 0.3)
        : m_random(seed)
        , m_vocabulary(vocabulary)
        , m_variantShare(variantShare)
    { }

    QString next()
    {
        if (!m_bases.empty() && m_random.generateDouble() < m_variantShare) {
            const auto& base = m_bases[size_t(m_random.bounded(int(m_bases.size())))];
            return variantOf(base).join(QLatin1Char(' '));
        }
        QStringList words;
        const int length = 8 + int(m_random.bounded(17));
        for (int i = 0; i < length; ++i)
            words << randomWord();
        if (m_bases.size() < 2000)
            m_bases.push_back(words);
        else
            m_bases[size_t(m_random.bounded(2000))] = words;
        return words.join(QLatin1Char(' '));
    }

private:
    QString contentWord(int rank) const
    {
        static const char* syllables[] = { "ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "de", "pa", "qua",
            "zen", "tor", "bel", "fi", "gor", "hul", "jas", "wex", "yum" };
        QString word;
        int value = rank + 20; // at least two syllables
        while (value > 0) {
            word += QLatin1String(syllables[value % 20]);
            value /= 20;
        }
        return word;
    }

    QString randomWord()
    {
        static const QStringList stops
            = QStringLiteral("the to and of a in we is that it for on with be this our will as are not have "
                             "by at from more all "
                             "but must can there no they their has was an or which would do so need us been")
                  .split(QLatin1Char(' '));
        if (m_random.generateDouble() < 0.45) {
            // Roughly Zipfian stop-word use: "the" far more often than "been".
            const double u = m_random.generateDouble();
            return stops.at(int(std::pow(double(stops.size()), u)) - 1);
        }
        // Log-uniform rank: a Zipf(1) law over the vocabulary.
        const int rank = int(std::pow(double(m_vocabulary), m_random.generateDouble())) - 1;
        return contentWord(rank);
    }

    QStringList variantOf(QStringList words)
    {
        static const QStringList british { QStringLiteral("defence"), QStringLiteral("organise"),
            QStringLiteral("programme"), QStringLiteral("centre"), QStringLiteral("labour") };
        static const QStringList american { QStringLiteral("defense"), QStringLiteral("organize"),
            QStringLiteral("program"), QStringLiteral("center"), QStringLiteral("labor") };
        const int edits = 1 + int(m_random.bounded(3));
        for (int e = 0; e < edits && words.size() > 3; ++e) {
            const int at = int(m_random.bounded(int(words.size())));
            switch (m_random.bounded(5)) {
            case 0:
                words[at] = randomWord();
                break;
            case 1:
                words.insert(at, randomWord());
                break;
            case 2:
                words.removeAt(at);
                break;
            case 3: // a clause moved to the front
                words = words.mid(at) + words.mid(0, at);
                break;
            default: {
                const int k = int(m_random.bounded(int(british.size())));
                words.insert(at, m_random.bounded(2) ? british.at(k) : american.at(k));
                break;
            }
            }
        }
        return words;
    }

    QRandomGenerator m_random;
    int m_vocabulary;
    double m_variantShare;
    std::vector<QStringList> m_bases;
};
