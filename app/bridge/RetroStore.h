#pragma once

#include "drill/DrillScore.h"
#include "drill/Retrospective.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace kunren::app {

// A drill's retrospective in the drills database, read and written on a thread of its own with its own
// connection, so the form's autosave never stalls the GUI. Requests run in order; destroying the store
// waits for the writes already asked for (the last keystrokes are not lost on close).
class RetroStore : public QObject
{
    Q_OBJECT

public:
    explicit RetroStore(const QString& dbPath, QObject* parent = nullptr);
    ~RetroStore() override;

    // The stored retrospective, else a draft from the drill's log (draftRetrospective): with `scenario`
    // and `score` when the caller has them, else the drill's scenario is loaded and the log scored here.
    void load(qint64 drillId, std::shared_ptr<const Scenario> scenario = {}, std::optional<DrillScore> score = {});
    // Words a fresh draft (never a stored retrospective) in the workspace's language before it is
    // delivered; called on the store's thread. Set it before load().
    using DraftWording =
        std::function<void(Retrospective&, const Scenario&, std::span<const DrillAction>, const DrillScore*)>;
    void setDraftWording(DraftWording wording) { m_wording = std::move(wording); }
    void save(qint64 drillId, const Retrospective& retro);

Q_SIGNALS:
    // `stored`: it was in the database (false: a fresh draft). `error` set: neither could be had.
    void loaded(const kunren::Retrospective& retro, bool stored, const QString& error);
    void saved(qint64 drillId);
    void saveFailed(const QString& error);

private:
    struct Worker;
    QThread m_thread;
    QObject* m_context; // lives on m_thread; requests are queued to it
    std::shared_ptr<Worker> m_worker;
    DraftWording m_wording;
};

} // namespace kunren::app
