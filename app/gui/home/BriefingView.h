#pragma once

#include <QTextBrowser>

namespace kunren {
struct Scenario;
}

namespace kunren::app {

// What the on-call person is told before the drill: title, level, length, topology size, briefing.
class BriefingView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit BriefingView(QWidget* parent = nullptr);
    void showScenario(const Scenario* scenario);
};

} // namespace kunren::app
