#pragma once

#include <QTextBrowser>

namespace kunren {
struct Scenario;
}

namespace kunren::app {

struct PastResults;

// What the on-call person is told before the drill, and what a trainee picks a drill by: title, level,
// length, topology size, what it practises, the briefing (no spoilers), and the trainee's own results on
// it so far.
class BriefingView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit BriefingView(QWidget* parent = nullptr);
    void showScenario(const Scenario* scenario, const PastResults* results = nullptr);
};

} // namespace kunren::app
