#include "drill/RetrospectiveDialog.h"

#include "bridge/QtConversions.h"
#include "bridge/RetroStore.h"
#include "drill/DrillLabels.h"
#include "drill/RetroWording.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kunren::app {

namespace {

constexpr int kAutosaveDelayMs = 800; // after the last keystroke
const char* const kItemTypes[] = {"mitigate", "prevent", "detect", "process"};

std::string text(const QPlainTextEdit* e) { return e->toPlainText().toStdString(); }

} // namespace

RetrospectiveDialog::RetrospectiveDialog(const QString& dbPath, qint64 drillId,
                                         std::shared_ptr<const Scenario> scenario, std::optional<DrillScore> score,
                                         QWidget* parent)
    : QDialog(parent),
      m_drillId(drillId),
      m_store(new RetroStore(dbPath, this)),
      m_saveTimer(new QTimer(this)),
      m_title(new QLineEdit),
      m_timelineTable(new QTableWidget(0, 3)),
      m_actionItems(new QTableWidget(0, 3)),
      m_familiarity(new QTableWidget(0, 2)),
      m_status(new QLabel)
{
    setObjectName(QStringLiteral("retrospectiveDialog"));
    setWindowTitle(tr("Retrospective — drill %1").arg(drillId));
    resize(860, 900);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kAutosaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &RetrospectiveDialog::saveNow);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title->setObjectName(QStringLiteral("retroTitle"));
    form->addRow(tr("Title"), m_title);
    connect(m_title, &QLineEdit::textEdited, this, &RetrospectiveDialog::scheduleSave);

    const std::pair<QString, QString> sections[] = {
        {QStringLiteral("summary"), tr("Summary")},
        {QStringLiteral("impact"), tr("Impact")},
        {QStringLiteral("rootCause"), tr("Root cause")},
        {QStringLiteral("trigger"), tr("Trigger")},
        {QStringLiteral("detection"), tr("Detection")},
        {QStringLiteral("resolution"), tr("Resolution")},
        {QStringLiteral("wentWell"), tr("What went well")},
        {QStringLiteral("wentWrong"), tr("What went wrong")},
        {QStringLiteral("gotLucky"), tr("Where we got lucky")},
    };
    for (const auto& [key, label] : sections) {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("retro_") + key);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(72);
        m_sections.insert(key, edit);
        form->addRow(label, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, &RetrospectiveDialog::scheduleSave);
    }

    m_actionItems->setObjectName(QStringLiteral("retroActionItems"));
    m_actionItems->setHorizontalHeaderLabels({tr("Action item"), tr("Owner"), tr("Type")});
    m_actionItems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actionItems->setColumnWidth(1, 140);
    m_actionItems->setColumnWidth(2, 130); // the type's combo box; headers do not size to cell widgets
    m_actionItems->verticalHeader()->hide();
    m_actionItems->setMinimumHeight(120);
    connect(m_actionItems, &QTableWidget::itemChanged, this, &RetrospectiveDialog::scheduleSave);
    auto* addItem = new QPushButton(tr("Add Action Item"));
    addItem->setObjectName(QStringLiteral("retroAddActionItem"));
    auto* removeItem = new QPushButton(tr("Remove"));
    connect(addItem, &QPushButton::clicked, this, [this] {
        addActionItem({});
        m_actionItems->editItem(m_actionItems->item(m_actionItems->rowCount() - 1, 0));
        scheduleSave();
    });
    connect(removeItem, &QPushButton::clicked, this, [this] {
        if (m_actionItems->currentRow() >= 0) {
            m_actionItems->removeRow(m_actionItems->currentRow());
            scheduleSave();
        }
    });
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(addItem);
    itemButtons->addWidget(removeItem);
    itemButtons->addStretch();
    auto* items = new QVBoxLayout;
    items->addWidget(m_actionItems);
    items->addLayout(itemButtons);
    form->addRow(tr("Action items"), items);

    m_familiarity->setObjectName(QStringLiteral("retroFamiliarity"));
    m_familiarity->setHorizontalHeaderLabels({tr("Tool"), tr("How at home (1–5)")});
    m_familiarity->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_familiarity->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_familiarity->verticalHeader()->hide();
    m_familiarity->setMinimumHeight(110);
    form->addRow(tr("Tool familiarity"), m_familiarity);

    m_timelineTable->setObjectName(QStringLiteral("retroTimeline"));
    m_timelineTable->setHorizontalHeaderLabels({tr("Time"), tr("Source"), tr("What happened")});
    m_timelineTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timelineTable->verticalHeader()->hide();
    m_timelineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineTable->setMinimumHeight(280);
    form->addRow(tr("Timeline"), m_timelineTable);

    auto* content = new QWidget;
    content->setLayout(form);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* md = buttons->addButton(tr("Export Markdown…"), QDialogButtonBox::ActionRole);
    auto* pdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    connect(md, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Retrospective"),
                                                          QStringLiteral("retrospective-%1.md").arg(m_drillId),
                                                          tr("Markdown (*.md)"));
        if (!path.isEmpty())
            exportMarkdown(path);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Retrospective"), QStringLiteral("retrospective-%1.pdf").arg(m_drillId), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status->setObjectName(QStringLiteral("retroStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    content->setEnabled(false);
    setStatus(tr("Loading the retrospective…"));
    connect(m_store, &RetroStore::loaded, this,
            [this, content](const Retrospective& retro, bool stored, const QString& error) {
                content->setEnabled(error.isEmpty());
                showRetrospective(retro, stored, error);
            });
    connect(m_store, &RetroStore::saved, this, [this] {
        setStatus(tr("Saved."));
        Q_EMIT saved();
    });
    connect(m_store, &RetroStore::saveFailed, this,
            [this](const QString& error) { setStatus(tr("Not saved: %1").arg(error), true); });
    m_store->setDraftWording(&wordRetrospectiveDraft);
    m_store->load(drillId, std::move(scenario), std::move(score));
}

RetrospectiveDialog* RetrospectiveDialog::showFor(const QString& dbPath, qint64 drillId, QWidget* parent,
                                                  std::shared_ptr<const Scenario> scenario,
                                                  std::optional<DrillScore> score)
{
    RetrospectiveDialog* dialog = nullptr;
    for (RetrospectiveDialog* d : parent->findChildren<RetrospectiveDialog*>(Qt::FindDirectChildrenOnly))
        if (d->drillId() == drillId && d->isVisible())
            dialog = d;
    if (!dialog) {
        dialog = new RetrospectiveDialog(dbPath, drillId, std::move(scenario), std::move(score), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

RetrospectiveDialog::~RetrospectiveDialog()
{
    if (m_saveTimer->isActive())
        saveNow(); // the store's destructor waits for it
}

void RetrospectiveDialog::showRetrospective(const Retrospective& r, bool stored, const QString& error)
{
    if (!error.isEmpty()) {
        setStatus(tr("Cannot open the retrospective: %1").arg(error), true);
        return;
    }
    const QSignalBlocker b1(m_title), b2(m_actionItems);
    m_title->setText(qs(r.title));
    const std::pair<const char*, const std::string*> values[] = {
        {"summary", &r.summary},   {"impact", &r.impact},       {"rootCause", &r.rootCause},
        {"trigger", &r.trigger},   {"detection", &r.detection}, {"resolution", &r.resolution},
        {"wentWell", &r.wentWell}, {"wentWrong", &r.wentWrong}, {"gotLucky", &r.gotLucky},
    };
    for (const auto& [key, value] : values) {
        QPlainTextEdit* edit = m_sections.value(QLatin1String(key));
        const QSignalBlocker block(edit);
        edit->setPlainText(qs(*value));
    }
    m_actionItems->setRowCount(0);
    for (const RetroActionItem& item : r.actionItems)
        addActionItem(item);
    m_familiarity->setRowCount(0);
    for (const ToolFamiliarity& t : r.toolFamiliarity) {
        const int row = m_familiarity->rowCount();
        m_familiarity->insertRow(row);
        auto* tool = new QTableWidgetItem(toolLabel(qs(t.tool)));
        tool->setData(Qt::UserRole, qs(t.tool)); // the id is what is stored
        tool->setFlags(tool->flags() & ~Qt::ItemIsEditable);
        m_familiarity->setItem(row, 0, tool);
        auto* rating = new QSpinBox;
        rating->setRange(0, 5);
        rating->setSpecialValueText(tr("not rated"));
        rating->setValue(t.rating);
        m_familiarity->setCellWidget(row, 1, rating);
        connect(rating, &QSpinBox::valueChanged, this, &RetrospectiveDialog::scheduleSave);
    }
    m_timeline = r.timeline;
    m_timelineTable->setRowCount(static_cast<int>(m_timeline.size()));
    for (int row = 0; row < m_timelineTable->rowCount(); ++row) {
        const DrillTimelineEntry& e = m_timeline[static_cast<std::size_t>(row)];
        m_timelineTable->setItem(row, 0, new QTableWidgetItem(qs(drillClock(e.at))));
        m_timelineTable->setItem(row, 1, new QTableWidgetItem(timelineSourceLabel(e.source)));
        m_timelineTable->setItem(row, 2, new QTableWidgetItem(qs(e.text)));
    }
    m_timelineTable->resizeColumnsToContents();
    m_loaded = true;
    setStatus(stored ? tr("Saved retrospective — changes are saved as you type.")
                     : tr("Draft from the drill's log — changes are saved as you type."));
    Q_EMIT loaded();
}

void RetrospectiveDialog::addActionItem(const RetroActionItem& item)
{
    const QSignalBlocker block(m_actionItems);
    const int row = m_actionItems->rowCount();
    m_actionItems->insertRow(row);
    m_actionItems->setItem(row, 0, new QTableWidgetItem(qs(item.text)));
    m_actionItems->setItem(row, 1, new QTableWidgetItem(qs(item.owner)));
    auto* type = new QComboBox;
    for (const char* t : kItemTypes)
        type->addItem(actionItemTypeLabel(QLatin1String(t)), QLatin1String(t));
    type->setCurrentIndex(std::max(0, type->findData(qs(item.type))));
    m_actionItems->setCellWidget(row, 2, type);
    connect(type, &QComboBox::currentIndexChanged, this, &RetrospectiveDialog::scheduleSave);
}

Retrospective RetrospectiveDialog::retrospective() const
{
    Retrospective r;
    r.title = m_title->text().toStdString();
    r.summary = text(m_sections.value(QStringLiteral("summary")));
    r.impact = text(m_sections.value(QStringLiteral("impact")));
    r.rootCause = text(m_sections.value(QStringLiteral("rootCause")));
    r.trigger = text(m_sections.value(QStringLiteral("trigger")));
    r.detection = text(m_sections.value(QStringLiteral("detection")));
    r.resolution = text(m_sections.value(QStringLiteral("resolution")));
    r.wentWell = text(m_sections.value(QStringLiteral("wentWell")));
    r.wentWrong = text(m_sections.value(QStringLiteral("wentWrong")));
    r.gotLucky = text(m_sections.value(QStringLiteral("gotLucky")));
    for (int row = 0; row < m_actionItems->rowCount(); ++row) {
        RetroActionItem item;
        if (const QTableWidgetItem* t = m_actionItems->item(row, 0))
            item.text = t->text().trimmed().toStdString();
        if (const QTableWidgetItem* o = m_actionItems->item(row, 1))
            item.owner = o->text().trimmed().toStdString();
        if (const auto* type = qobject_cast<QComboBox*>(m_actionItems->cellWidget(row, 2)))
            item.type = type->currentData().toString().toStdString();
        if (!item.text.empty())
            r.actionItems.push_back(std::move(item));
    }
    for (int row = 0; row < m_familiarity->rowCount(); ++row) {
        const auto* rating = qobject_cast<QSpinBox*>(m_familiarity->cellWidget(row, 1));
        r.toolFamiliarity.push_back(
            {m_familiarity->item(row, 0)->data(Qt::UserRole).toString().toStdString(), rating ? rating->value() : 0});
    }
    r.timeline = m_timeline;
    return r;
}

void RetrospectiveDialog::scheduleSave()
{
    if (!m_loaded)
        return;
    setStatus(tr("Editing…"));
    m_saveTimer->start();
}

void RetrospectiveDialog::saveNow()
{
    m_saveTimer->stop();
    if (m_loaded)
        m_store->save(m_drillId, retrospective());
}

bool RetrospectiveDialog::exportMarkdown(const QString& path)
{
    QFile f(path);
    const std::string md = retrospectiveToMarkdown(retrospective(), retroMarkdownWords());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(md.data(), static_cast<qint64>(md.size())) != static_cast<qint64>(md.size())) {
        setStatus(tr("Cannot write %1: %2").arg(path, f.errorString()), true);
        return false;
    }
    setStatus(tr("Exported %1").arg(path));
    return true;
}

bool RetrospectiveDialog::exportPdf(const QString& path)
{
    QPdfWriter writer(path);
    writer.setTitle(m_title->text());
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.setMarkdown(qs(retrospectiveToMarkdown(retrospective(), retroMarkdownWords())));
    doc.print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0) {
        setStatus(tr("Cannot write %1").arg(path), true);
        return false;
    }
    setStatus(tr("Exported %1").arg(path));
    return true;
}

void RetrospectiveDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828") : QString());
}

} // namespace kunren::app
