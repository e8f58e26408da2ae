#pragma once

#include "sim/Mitigation.h"

#include <QDialog>

class QComboBox;

namespace kunren::app {

class DrillRunner;

// Confirms one mitigation and its target before it acts on the running system (mitigation.apply).
// The right one makes the symptoms recover; a wrong one costs time and can make things worse.
class MitigationDialog : public QDialog
{
    Q_OBJECT

public:
    MitigationDialog(DrillRunner* runner, MitigationKind kind, const QString& target = {}, QWidget* parent = nullptr);
    MitigationKind kind() const { return m_kind; }
    QString target() const;
    void setTarget(const QString& target);

private:
    DrillRunner* m_runner;
    MitigationKind m_kind;
    QComboBox* m_target = nullptr;
};

} // namespace kunren::app
