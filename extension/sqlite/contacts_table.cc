// transcript_contacts: one row per entry of a missions directory on a page.
//
//   SELECT name, city, phones_e164 FROM transcript_contacts(readfile('p.txt'));
//   CREATE VIRTUAL TABLE contacts USING transcript_contacts(files='pages/*.txt');
//
// List-valued columns are JSON arrays (use json_each() to unnest them); rowid = seq.
// The directory parser is core/directory/.
#include "core/directory/directory_parser.h"
#include "core/html/page_input.h"
#include "core/text/json.h"
#include "sqlite/page_table.h"
#include "sqlite/tables.h"

namespace transcript::sql {

namespace {

enum ContactColumn {
  kDoc, kSeq, kSection, kKind, kCountry, kCountryCode, kRepresentsCode, kName, kCity, kAddress, kHeadTitle,
  kHeadName, kPeople, kPhones, kPhonesE164, kHotlines, kFaxes, kEmails, kWebsites, kTelex,
  kSocial, kNote, kLine, kContactColumnCount
};

class ContactRows : public PageRows {
 public:
  ContactRows(std::vector<Contact> contacts, const std::string* doc)
      : contacts_(std::move(contacts)) {
    if (doc) doc_ = *doc;
  }
  std::size_t size() const override { return contacts_.size(); }
  sqlite3_int64 rowid(std::size_t row) const override { return contacts_[row].seq; }
  void column(sqlite3_context* ctx, std::size_t row, int column) const override {
    const Contact& c = contacts_[row];
    switch (column) {
      case kDoc: result_doc(ctx, doc_); break;
      case kSeq: sqlite3_result_int(ctx, c.seq); break;
      case kSection: result_text(ctx, std::string_view(c.section)); break;
      case kKind: result_text(ctx, std::string_view(c.kind)); break;
      case kCountry: result_optional_text(ctx, c.country); break;
      case kCountryCode: result_optional_text(ctx, c.country_code); break;
      case kRepresentsCode: result_optional_text(ctx, c.represents_code); break;
      case kName: result_optional_text(ctx, c.name); break;
      case kCity: result_optional_text(ctx, c.city); break;
      case kAddress: result_optional_text(ctx, c.address); break;
      case kHeadTitle: result_optional_text(ctx, c.head_title); break;
      case kHeadName: result_optional_text(ctx, c.head_name); break;
      case kPeople: {
        std::vector<std::vector<std::pair<std::string, std::string>>> people;
        for (const auto& p : c.people) people.push_back({{"title", p.title}, {"name", p.name}});
        result_json(ctx, json_objects(people));
        break;
      }
      case kPhones: result_json(ctx, json_array(c.phones)); break;
      case kPhonesE164: result_json(ctx, json_array(c.phones_e164)); break;
      case kHotlines: result_json(ctx, json_array(c.hotlines)); break;
      case kFaxes: result_json(ctx, json_array(c.faxes)); break;
      case kEmails: result_json(ctx, json_array(c.emails)); break;
      case kWebsites: result_json(ctx, json_array(c.websites)); break;
      case kTelex: result_json(ctx, json_array(c.telex)); break;
      case kSocial: result_json(ctx, json_array(c.social)); break;
      case kNote: result_optional_text(ctx, c.note); break;
      case kLine: sqlite3_result_int64(ctx, c.line); break;
      default: sqlite3_result_null(ctx);
    }
  }

 private:
  static void result_json(sqlite3_context* ctx, const std::string& json) {
    result_text(ctx, std::string_view(json));
    // JSON subtype (74, 'J', as SQLite's json1 uses) so json functions take it as JSON.
    sqlite3_result_subtype(ctx, 74);
  }
  std::vector<Contact> contacts_;
  std::optional<std::string> doc_;
};

std::unique_ptr<PageRows> parse_contacts(std::string_view page, const std::string* doc,
                                         PageFormat format) {
  return std::make_unique<ContactRows>(parse_directory_page(page, format), doc);
}

const PageTableSpec kContactsSpec = {
    "transcript_contacts",
    "doc TEXT, seq INTEGER, section TEXT, kind TEXT, country TEXT, country_code TEXT, represents_code TEXT, "
    "name TEXT, city TEXT, address TEXT, head_title TEXT, head_name TEXT, people TEXT, "
    "phones TEXT, phones_e164 TEXT, hotlines TEXT, faxes TEXT, emails TEXT, websites TEXT, "
    "telex TEXT, social TEXT, note TEXT, line INTEGER",
    kContactColumnCount,
    parse_contacts,
    nullptr,  // a bad file gives no rows (on_error='skip')
    nullptr,  // nothing is computed lazily
    -1,
    false,  // rowid = seq
};

}  // namespace

int register_contacts_table(sqlite3* db, bool allow_files) {
  return register_page_table(db, kContactsSpec, allow_files);
}

}  // namespace transcript::sql
