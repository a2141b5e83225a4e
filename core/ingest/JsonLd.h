#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace ql {

// Reads the JSON of a `<script type="application/ld+json">` the way browsers' consumers do:
// strictly, except that anything after the first complete value (a stray closing brace, a second
// object pasted after the first) is ignored, since such blocks are common and the value before
// them is whole. An undefined value when the text holds no complete JSON value.
QJsonValue parseJsonLd(const QByteArray& text);

} // namespace ql
