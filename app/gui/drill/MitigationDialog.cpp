#include "drill/MitigationDialog.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "drill/DrillLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace kunren::app {

MitigationDialog::MitigationDialog(DrillRunner* runner, MitigationKind kind, const QString& target, QWidget* parent)
    : QDialog(parent),
      m_runner(runner),
      m_kind(kind)
{
    setObjectName(QStringLiteral("mitigationDialog"));
    setWindowTitle(tr("Mitigate: %1").arg(mitigationLabel(kind)));
    auto* form = new QFormLayout(this);
    auto* what = new QLabel(mitigationDescription(kind), this);
    what->setWordWrap(true);
    form->addRow(what);
    if (kind != MitigationKind::None) {
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("mitigationTarget"));
        QStringList components;
        if (const Scenario* sc = runner->scenario(); sc && sc->topology)
            for (const ServiceSpec& s : sc->topology->services)
                components << qs(s.name);
        components.sort();
        m_target->addItems(components);
        form->addRow(tr("&Target:"), m_target);
        setTarget(target);
    }
    auto* warning = new QLabel(
        tr("It acts on the running system now. A wrong mitigation costs points and can make things worse."), this);
    warning->setWordWrap(true);
    form->addRow(warning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyMitigationButton"));
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_runner->applyMitigation(m_kind, this->target());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(440);
}

QString MitigationDialog::target() const { return m_target ? m_target->currentText() : QString(); }

void MitigationDialog::setTarget(const QString& target)
{
    if (!m_target || target.isEmpty())
        return;
    const int i = m_target->findText(target);
    if (i >= 0)
        m_target->setCurrentIndex(i);
}

} // namespace kunren::app
