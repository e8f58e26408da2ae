#pragma once

#include <QTranslator>

namespace kunren::app {

// Counted strings are written the Qt way, tr("%n page(s)", nullptr, n), so a translation can give each
// language its plural forms. Without a translation Qt would show "1 page(s)": this translator gives the
// English forms — "(s)" and "(es)" dropped for one, spelled out otherwise — and leaves every other
// string alone. A real translation installed later takes precedence.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // Installs one on the running application (once).
    static void install();
};

} // namespace kunren::app
