#pragma once

#include <QString>

namespace ql {

// A phrase in the text that may name a person: a name, a role ("the Secretary-General") or a pronoun.
struct Mention
{
    enum class Kind { Name, Role, Pronoun, UnknownName };

    Kind kind = Kind::Name;
    int start = -1;
    int end = -1;
    QString raw; // the phrase as written
    QString canonical; // resolved full name; empty for pronouns and unresolved phrases
};

} // namespace ql
