package dissemination

import "github.com/cchc-go/cchc/reform/doc"

// Section is section I.4 of a report: reform communication and law
// dissemination (công tác tuyên truyền cải cách hành chính, phổ biến, giáo dục
// pháp luật).
type Section struct {
	// Organiser is the agency that organises the work and the subject of the
	// generated sentences (cơ quan tổ chức), e.g. "Sở Tư pháp".
	Organiser string `json:"organiser" validate:"required"`
	// Events are the classes, conferences, law days and seminars with their
	// declared totals (hội nghị, tập huấn, sinh hoạt ngày pháp luật).
	Events Events `json:"events"`
	// Contests are the contests held (hội thi, cuộc thi).
	Contests []Contest `json:"contests,omitempty" validate:"dive"`
	// Publications are the printed and electronic documents (tài liệu).
	Publications Publications `json:"publications"`
	// Media is the work through the mass media and SMS (thông tin đại chúng).
	Media Media `json:"media"`
	// Narrative are further bullets of the section that no figure generates
	// (nội dung khác): each prints as a "-" item after the generated ones, its
	// own items as "+" items.
	Narrative []doc.Narrative `json:"narrative,omitempty"`
}

// Events are the events of the section, one entry per bullet of the report
// (kết quả tuyên truyền, phổ biến pháp luật thông qua hội nghị, tập huấn).
type Events struct {
	// Partner are those the organiser worked with, as the summary sentence
	// names them (cơ quan phối hợp), e.g. "các Sở, ban, ngành".
	Partner string `json:"partner,omitempty"`
	// Items are the groups of events, one "+" bullet each, in the report's
	// order.
	Items []Event `json:"items,omitempty" validate:"dive"`
	// Declared are the totals the report states for the events.
	Declared DeclaredEvents `json:"declared"`
}

// EventKind is the kind of an event (loại hoạt động).
type EventKind string

// The kinds of events. A contest is an event too, but it carries figures of
// its own (attempts, teams) and is a Contest.
const (
	// KindClass is a training or refresher class (lớp tập huấn, lớp bồi
	// dưỡng).
	KindClass EventKind = "class"
	// KindConference is a conference (hội nghị).
	KindConference EventKind = "conference"
	// KindSeminar is a seminar or talk (tọa đàm).
	KindSeminar EventKind = "seminar"
	// KindLawDay is a session of the Law Day (sinh hoạt "Ngày pháp luật").
	KindLawDay EventKind = "law_day"
)

// Mode says whether an event or contest is held in person or online (hình
// thức tổ chức).
type Mode string

// The modes. An empty mode of an event means in person.
const (
	// InPerson is held in person (trực tiếp).
	InPerson Mode = "in_person"
	// Online is held online (trực tuyến).
	Online Mode = "online"
)

// AttendanceUnit says what an attendance figure counts (đơn vị tính số người
// tham dự).
type AttendanceUnit string

// The attendance units. An empty unit means Visits.
const (
	// Visits counts attendances: one person at three sessions is three
	// (lượt người).
	Visits AttendanceUnit = "visits"
	// Persons counts distinct persons (người).
	Persons AttendanceUnit = "persons"
)

// Event is one group of events of the same kind, held under one name: one "+"
// bullet of the report, e.g. "03 lớp tập huấn kiến thức pháp luật … với 463
// lượt người tham dự" (hoạt động tuyên truyền).
type Event struct {
	// Kind is the kind of the events.
	Kind EventKind `json:"kind" validate:"required,oneof=class conference seminar law_day"`
	// Mode is in_person (the default when empty) or online.
	Mode Mode `json:"mode,omitempty" validate:"omitempty,oneof=in_person online"`
	// Training marks a conference or seminar held as, or together with,
	// training (hội nghị tập huấn, hội nghị sơ kết kết hợp tập huấn): it
	// counts among the training sessions of the summary ("13 lớp tập huấn"),
	// as the reference report counts its two training conferences. Classes
	// are training sessions anyway; a law day cannot be marked.
	Training bool `json:"training,omitempty" validate:"excluded_if=Kind law_day"`
	// Count is how many events (số lớp, số hội nghị, số đợt).
	Count int64 `json:"count" validate:"gte=0,lte=1000000000000"`
	// Noun replaces the wording's noun of the kind after the count, e.g.
	// "lớp bồi dưỡng" or "Hội nghị sơ kết" instead of "lớp tập huấn" and
	// "Hội nghị".
	Noun string `json:"noun,omitempty"`
	// Partner is the organisation the event was held with (đơn vị phối hợp),
	// e.g. "Liên đoàn lao động tỉnh".
	Partner string `json:"partner,omitempty"`
	// Topic is what follows the noun (nội dung), e.g. "kiến thức pháp luật";
	// citations in it are kept as written.
	Topic string `json:"topic,omitempty"`
	// Audience is whom the event was for, after "cho" (đối tượng).
	Audience string `json:"audience,omitempty"`
	// Place is where it was held, after "tại" (địa điểm).
	Place string `json:"place,omitempty"`
	// Detail is a remark printed in parentheses with the attendance, e.g.
	// "đợt I, Đợt II và đợt III/2024".
	Detail string `json:"detail,omitempty"`
	// Attendance is the attendance of the events together, when the report
	// gives it (số người tham dự).
	Attendance *int64 `json:"attendance,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// AttendanceUnit says what Attendance counts: visits (lượt người, the
	// default) or persons (người).
	AttendanceUnit AttendanceUnit `json:"attendance_unit,omitempty" validate:"omitempty,oneof=visits persons"`
}

// DeclaredEvents are the totals a report states for its events, typed apart
// from the items (số liệu tổng hợp ghi trong báo cáo). Each is compared with
// the sum of the items; an absent total is not checked.
type DeclaredEvents struct {
	// TrainingSessions is the stated number of training sessions: classes
	// and training conferences and seminars ("13 lớp tập huấn").
	TrainingSessions *int64 `json:"training_sessions,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Conferences is the stated number of conferences not held as training.
	Conferences *int64 `json:"conferences,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Seminars is the stated number of seminars not held as training.
	Seminars *int64 `json:"seminars,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// LawDays is the stated number of law-day sessions ("03 buổi sinh hoạt
	// ngày pháp luật").
	LawDays *int64 `json:"law_days,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Attendance is the stated attendance of all events ("tổng số 1.745 lượt
	// người tham dự").
	Attendance *int64 `json:"attendance,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Contest is one contest (hội thi, cuộc thi). An online contest usually gives
// attempts, contestants and participating units; an in-person one teams,
// participants and units; any figure may be given for either.
type Contest struct {
	// Mode is in_person or online.
	Mode Mode `json:"mode" validate:"required,oneof=in_person online"`
	// Name is the contest's name as written, e.g. "Cuộc thi trực tuyến “Tìm
	// hiểu Pháp luật” năm 2024".
	Name string `json:"name" validate:"required"`
	// Partner is the organisation the contest was held with (đơn vị phối hợp).
	Partner string `json:"partner,omitempty"`
	// Date is the day it was held, YYYY-MM-DD, when the report gives one.
	Date string `json:"date,omitempty" validate:"omitempty,datetime=2006-01-02"`
	// Attempts is the number of attempts of an online contest (lượt thi).
	Attempts *int64 `json:"attempts,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Contestants is the number of contestants (lượt thí sinh dự thi).
	Contestants *int64 `json:"contestants,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Audience is who the contestants were, after "là".
	Audience string `json:"audience,omitempty"`
	// Teams is the number of teams (đội thi).
	Teams *int64 `json:"teams,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Units is the number of participating units (đơn vị tham gia).
	Units *int64 `json:"units,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// UnitsNoun is what Units counts, e.g. "huyện, thị xã, thành phố trên địa
	// bàn tỉnh"; required with Units.
	UnitsNoun string `json:"units_noun,omitempty" validate:"required_with=Units"`
	// Also are participants named besides the counted units, e.g. "Công an
	// tỉnh", "các thí sinh tự do".
	Also []string `json:"also,omitempty" validate:"dive,required"`
	// Participants is the number of participants (lượt người tham dự).
	Participants *int64 `json:"participants,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Publications are the documents compiled, printed and handed out, and the
// electronic documents (biên soạn, in ấn, phát hành tài liệu).
type Publications struct {
	// Items are the printed items in the report's order.
	Items []Publication `json:"items,omitempty" validate:"dive"`
	// Electronic are the electronic documents posted or issued.
	Electronic []Electronic `json:"electronic,omitempty" validate:"dive"`
	// Declared are the totals the report states for the printed items.
	Declared DeclaredPublications `json:"declared"`
}

// Publication is one printed item with its print run (tài liệu in ấn).
type Publication struct {
	// Title is the item as written after the copies, e.g. "Bản tin Tư pháp số
	// Xuân Nhâm Thìn 2024".
	Title string `json:"title" validate:"required"`
	// Unit is the classifier between the copies and the title, e.g. "cuốn";
	// empty for none.
	Unit string `json:"unit,omitempty"`
	// Copies is the number of copies, when the report gives it (số bản).
	Copies *int64 `json:"copies,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// DeclaredPublications are the totals a report states for its printed items.
type DeclaredPublications struct {
	// Copies is the stated number of copies of all items ("4.521 tài liệu").
	Copies *int64 `json:"copies,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// ElectronicAction says what was done with an electronic document.
type ElectronicAction string

// The electronic actions.
const (
	// Posted: received and posted (tiếp nhận và đăng tải).
	Posted ElectronicAction = "posted"
	// Issued: issued by the organiser (phát hành).
	Issued ElectronicAction = "issued"
)

// Electronic is a group of electronic documents (tài liệu điện tử).
type Electronic struct {
	// Action is posted or issued.
	Action ElectronicAction `json:"action" validate:"required,oneof=posted issued"`
	// Count is how many documents, when the report gives it.
	Count *int64 `json:"count,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Channel is where they were posted, after "trên", e.g. "cổng thông tin
	// điện tử của Sở Tư pháp".
	Channel string `json:"channel,omitempty"`
	// Topic is what the documents are about, after "tài liệu điện tử".
	Topic string `json:"topic,omitempty"`
}

// Media is the dissemination through the mass media and SMS (phổ biến, giáo
// dục pháp luật qua các phương tiện thông tin đại chúng).
type Media struct {
	// Partner are those the organiser worked with, e.g. "các Sở, ban ngành".
	Partner string `json:"partner,omitempty"`
	// Broadcasts are the radio and television programmes.
	Broadcasts []Broadcast `json:"broadcasts,omitempty" validate:"dive"`
	// Press are the newspaper items.
	Press []Press `json:"press,omitempty" validate:"dive"`
	// Topics are the laws and topics disseminated, as written: a name
	// ("Bộ luật Dân sự năm 2015") or a citation ("Nghị định số
	// 100/2019/NĐ-CP ngày 31 tháng 12 năm 2019 của Chính phủ …").
	Topics []string `json:"topics,omitempty" validate:"dive,required"`
	// SMS are the text-message campaigns.
	SMS []SMS `json:"sms,omitempty" validate:"dive"`
}

// Cadence is how often a programme airs (tần suất).
type Cadence string

// The cadences.
const (
	// Weekly: mỗi tuần.
	Weekly Cadence = "week"
	// Monthly: mỗi tháng.
	Monthly Cadence = "month"
	// Quarterly: mỗi quý.
	Quarterly Cadence = "quarter"
	// Yearly: mỗi năm.
	Yearly Cadence = "year"
)

// Broadcast is a radio or television programme (chương trình phát thanh,
// truyền hình).
type Broadcast struct {
	// Station is the broadcaster, e.g. "Đài Phát thanh - Truyền hình An Giang".
	Station string `json:"station" validate:"required"`
	// Programme is the programme or column, e.g. "chuyên mục Chính sách và
	// Pháp luật".
	Programme string `json:"programme,omitempty"`
	// Noun is what is aired, e.g. "tình huống pháp luật".
	Noun string `json:"noun" validate:"required"`
	// Unit is the short noun after "mỗi" in the duration, e.g. "tình huống";
	// empty means Noun.
	Unit string `json:"unit,omitempty"`
	// PerPeriod is how many are aired each Cadence ("02 … mỗi tháng").
	PerPeriod *int64 `json:"per_period,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Cadence is the period of PerPeriod; required with it.
	Cadence Cadence `json:"cadence,omitempty" validate:"required_with=PerPeriod,omitempty,oneof=week month quarter year"`
	// MinMinutes and MaxMinutes are the duration of one item in minutes
	// ("từ 7-15 phút"); either may be given alone.
	MinMinutes *int64 `json:"min_minutes,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// MaxMinutes: see MinMinutes.
	MaxMinutes *int64 `json:"max_minutes,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Aired is how many have been aired so far ("Đến nay … **16** tình
	// huống").
	Aired *int64 `json:"aired,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Press is a group of newspaper items (tin, bài trên báo).
type Press struct {
	// Outlet is the newspaper, e.g. "Báo An Giang".
	Outlet string `json:"outlet" validate:"required"`
	// Column is the column, after "trên", e.g. "chuyên mục “Pháp luật và
	// Cuộc sống”".
	Column string `json:"column,omitempty"`
	// Noun is what was published, e.g. "tình huống pháp luật".
	Noun string `json:"noun" validate:"required"`
	// Count is how many, when the report gives it.
	Count *int64 `json:"count,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// SMS is a text-message campaign (nhắn tin qua điện thoại).
type SMS struct {
	// Partner is the carrier or company that sent the messages, e.g. "Công ty
	// Viễn thông An Giang".
	Partner string `json:"partner,omitempty"`
	// Messages is the number of messages sent (tin nhắn).
	Messages *int64 `json:"messages,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Subscribers is the number of subscribers reached (thuê bao).
	Subscribers *int64 `json:"subscribers,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Carriers are the networks, e.g. "Vinaphone", "Mobiphone", "Viettel".
	Carriers []string `json:"carriers,omitempty" validate:"dive,required"`
	// Audience is whom the messages were for, after "cho".
	Audience string `json:"audience,omitempty"`
}
