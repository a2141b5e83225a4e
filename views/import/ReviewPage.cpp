#include "views/import/ReviewPage.h"

#include "core/ingest/PdfReader.h"
#include "core/ingest/TextDecoder.h"
#include "models/import/ReviewListModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ql {

namespace {

// QDateEdit cannot be empty; its minimum date, shown as special text, stands for "no date".
const QDate noDateMarker(1900, 1, 1);

QPlainTextEdit* readOnlyText(const QString& name, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    return edit;
}

QGroupBox* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

// The bytes as imported, decoded the way the reader decodes them, so "curly quotes" and €
// look right whatever the file's encoding; `encoding` names it for the box title.
QString originalForDisplay(const Article& a, QString* encoding)
{
    encoding->clear();
    if (a.format == QLatin1String("pdf"))
        return QObject::tr(
            "(PDF document of %n byte(s), kept unchanged in the library)", nullptr, int(a.original.size()));
    if (PdfReader::isOcrFormat(a.format))
        return QObject::tr("(scanned PDF document of %n byte(s), kept unchanged in the library; the text "
                           "beside was recognised from its page images by OCR)",
            nullptr, int(a.original.size()));
    const DecodedText decoded = TextDecoder().decode(a.original);
    if (!decoded.ok)
        return QString::fromUtf8(a.original);
    *encoding = decoded.encoding;
    return decoded.text;
}

// A scan's text is only as good as the recognition: say so, and name the words to check.
QString ocrNote(const Article& a)
{
    if (!PdfReader::isOcrFormat(a.format))
        return QString();
    QString note = QObject::tr("<br>Text <b>recognised by OCR</b> from a scanned PDF: check quotes against "
                               "the original.");
    if (!a.lowConfidenceWords.isEmpty())
        note += QObject::tr(" Words OCR was unsure of (underlined): %1")
                    .arg(a.lowConfidenceWords.join(QStringLiteral(", ")).toHtmlEscaped());
    return note;
}

// Underlines each occurrence of a low-confidence word, as whole words, in the cleaned text.
void markLowConfidence(QPlainTextEdit* edit, const Article& a)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(200, 90, 0));
    format.setToolTip(QObject::tr("OCR was unsure of this word"));
    for (const QString& word : a.lowConfidenceWords) {
        const QRegularExpression re(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(word)),
            QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(a.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QTextCursor cursor(edit->document());
            cursor.setPosition(int(m.capturedStart()));
            cursor.setPosition(int(m.capturedEnd()), QTextCursor::KeepAnchor);
            marks.append(QTextEdit::ExtraSelection { cursor, format });
        }
    }
    edit->setExtraSelections(marks);
}

} // namespace

ReviewPage::ReviewPage(ReviewListModel* documents, QWidget* parent)
    : QWizardPage(parent)
    , m_documents(documents)
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_noDate(new QCheckBox(tr("No date"), this))
    , m_dateOrigin(new QLabel(this))
    , m_publisher(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_cleaned(readOnlyText(QStringLiteral("cleanedText"), this))
    , m_original(readOnlyText(QStringLiteral("originalText"), this))
{
    setTitle(tr("Review the documents"));
    setSubTitle(
        tr("Untick a document to leave it out. Correct the title, date, publisher or address where needed."));

    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setModel(m_documents);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(220);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(noDateMarker);
    m_date->setSpecialValueText(tr("no date"));
    m_noDate->setObjectName(QStringLiteral("noDateCheck"));
    m_dateOrigin->setObjectName(QStringLiteral("dateOrigin"));
    m_publisher->setObjectName(QStringLiteral("publisherEdit"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_original->setFont(fixed);
    m_original->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_noDate);
    dateRow->addWidget(m_dateOrigin, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Date:"), dateRow);
    form->addRow(tr("Publisher:"), m_publisher);
    form->addRow(tr("Address:"), m_url);

    auto* texts = new QSplitter(Qt::Horizontal, this);
    texts->addWidget(titled(tr("Cleaned text (what extraction sees)"), m_cleaned, texts));
    m_originalBox = titled(tr("Original"), m_original, texts);
    texts->addWidget(m_originalBox);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_status);
    detailLayout->addLayout(form);
    detailLayout->addWidget(texts, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(1, 3);
    split->setSizes({ 280, 680 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { load(current.isValid() ? current.row() : -1); });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& t) {
        if (!m_loading && currentRow() >= 0)
            m_documents->setTitle(currentRow(), t);
    });
    connect(m_publisher, &QLineEdit::textEdited, this, [this](const QString& t) {
        if (!m_loading && currentRow() >= 0)
            m_documents->setPublisher(currentRow(), t);
    });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString& t) {
        if (!m_loading && currentRow() >= 0)
            m_documents->setSourceUrl(currentRow(), t.trimmed());
    });
    connect(m_date, &QDateEdit::dateChanged, this, &ReviewPage::applyDate);
    connect(m_noDate, &QCheckBox::toggled, this, [this](bool none) {
        if (m_loading)
            return;
        // Giving a date is the analyst's decision: start from today only because they asked.
        m_date->setDate(none ? noDateMarker : QDate::currentDate());
        m_date->setEnabled(!none);
    });
    load(-1);
}

void ReviewPage::initializePage()
{
    if (currentRow() < 0 && m_documents->rowCount() > 0)
        setCurrentRow(0);
    else
        load(currentRow());
}

int ReviewPage::currentRow() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ReviewPage::setCurrentRow(int row)
{
    m_list->setCurrentIndex(m_documents->index(row));
}

void ReviewPage::applyDate()
{
    if (m_loading || currentRow() < 0)
        return;
    const QDate d = m_date->date();
    m_documents->setPublished(currentRow(), d == noDateMarker ? QDate() : d);
    m_dateOrigin->setText(d == noDateMarker ? tr("no date: please check the document") : tr("set by you"));
}

void ReviewPage::load(int row)
{
    m_loading = true;
    const bool valid = row >= 0 && row < m_documents->rowCount();
    const ReviewEntry* e = valid ? &m_documents->entry(row) : nullptr;
    const bool editable = e && e->status == ReviewEntry::Status::Ok;
    const Article a = e ? e->prepared.article : Article();
    m_title->setText(a.title);
    m_publisher->setText(a.publisher);
    m_url->setText(a.sourceUrl);
    m_date->setDate(a.published.isValid() ? a.published : noDateMarker);
    m_noDate->setChecked(!a.published.isValid());
    if (!editable)
        m_dateOrigin->clear();
    else if (a.published.isValid())
        m_dateOrigin->setText(a.dateOrigin.isEmpty() ? QString() : tr("from %1").arg(a.dateOrigin));
    else
        m_dateOrigin->setText(tr("no date found: please check the document"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_title, m_publisher, m_url, m_noDate })
        w->setEnabled(editable);
    m_date->setEnabled(editable && a.published.isValid());
    m_cleaned->setPlainText(a.text);
    markLowConfidence(m_cleaned, a);
    QString encoding;
    m_original->setPlainText(e ? originalForDisplay(a, &encoding) : QString());
    m_originalBox->setTitle(encoding.isEmpty() ? tr("Original") : tr("Original (%1)").arg(encoding));
    m_status->setToolTip(e ? e->prepared.source : QString());
    if (!e)
        m_status->setText(tr("Select a document on the left."));
    else if (e->status == ReviewEntry::Status::Ok)
        m_status->setText(tr("<b>%1</b>: %2 statement(s), %3 figure(s) found.")
                              .arg(QFileInfo(e->prepared.source).fileName().toHtmlEscaped())
                              .arg(e->prepared.extraction.statements.size())
                              .arg(e->prepared.extraction.figures.size())
            + ocrNote(a));
    else
        m_status->setText(tr("<b>%1</b> (%2): %3")
                              .arg(QFileInfo(e->prepared.source).fileName().toHtmlEscaped(),
                                  ReviewListModel::statusName(e->status), e->reason.toHtmlEscaped()));
    m_loading = false;
}

} // namespace ql
