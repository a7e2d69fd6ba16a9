package personnel

// The mechanism that ties the topics together: the Section value, the order
// in which Validate runs the topics' checks, the catalogue of their rules,
// the roll-up of two values and the blocks of the two sections. Each topic's
// own types, checks, add and text are in its file (organisation.go,
// qualifications.go, publicservice.go, local.go, jobpositions.go,
// rotations.go, training.go, gender.go, emulation.go, rewards.go).

import (
	"fmt"
	"iter"
	"slices"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Section is sections II.3 (cải cách tổ chức bộ máy hành chính nhà nước) and
// II.4 (cải cách chế độ công vụ) of a report: one set of figures from which
// every ratio of both sections is derived.
type Section struct {
	// Organisation is section II.3: units, staff, qualifications, local
	// offices, appointments.
	Organisation Organisation `json:"organisation"`
	// CivilService is section II.4: job positions, rotations, training,
	// gender equality, emulation and rewards.
	CivilService CivilService `json:"civil_service"`
}

// CivilService is section II.4 of a report (cải cách chế độ công vụ).
type CivilService struct {
	// JobPositions are the job-position schemes (đề án vị trí việc làm),
	// II.4.1.
	JobPositions JobPositions `json:"job_positions,omitzero"`
	// Rotations are the rotations of position under the anti-corruption law
	// (chuyển đổi vị trí công tác), II.4.1.
	Rotations Rotations `json:"rotations,omitzero"`
	// Training is the training of staff (tập huấn, bồi dưỡng), II.4.2.
	Training Training `json:"training,omitzero"`
	// Gender is gender equality among staff (bình đẳng giới), written at the
	// end of II.4.2 as the reference report does.
	Gender Gender `json:"gender,omitzero"`
	// Emulation is emulation and rewards (thi đua, khen thưởng), II.4.3.
	Emulation Emulation `json:"emulation,omitzero"`
}

// Validate checks the figures and returns every finding at once, with paths
// relative to the Section value in JSON names ("organisation.department.staff");
// reform puts them under the report's path. The field rules (validate tags)
// come first, then the checks documented by Rules, in the order of the data.
// Validate never changes p.
func (p *Section) Validate() finding.List {
	if p == nil {
		return finding.List{finding.FieldRule("required").At("", "Không có số liệu tổ chức bộ máy và chế độ công vụ.")}
	}
	c := &checker{p: p}
	c.l.Extend(finding.Fields(p, ""))
	c.organisation()
	c.jobPositions()
	c.rotations()
	c.training()
	c.gender()
	c.titles()
	c.narratives()
	return c.l
}

// Rules documents every code Validate can make (danh mục mã kiểm tra của phần
// tổ chức bộ máy và chế độ công vụ), topic by topic: each topic lists its
// own rules in its file (qualificationRules, genderRules …), so a rule a
// topic adds is listed there and Rules need not change. The catalogue is
// built on each call, so callers may change their copy freely.
func Rules() finding.Catalogue {
	var c finding.Catalogue
	for _, topic := range []func() finding.Catalogue{
		qualificationRules, organisationRules, publicServiceRules, localRules, baseRules, jobPositionRules, rotationRules, trainingRules, genderRules, rewardRules, narrativeRules,
	} {
		c = append(c, topic()...)
	}
	return c
}

// Add returns the roll-up of a and b (tổng hợp số liệu của nhiều đơn vị), for
// a province adding up its departments or a period adding up its parts:
//
//   - Counts add. A count is in the sum only when both sides give it: a unit
//     that does not state a figure makes the whole unknown (nil), never
//     smaller. The same holds for the entries of lists keyed by level or
//     group (local levels, rotations, gender groups, schemes): an entry only
//     one side has is unknown for the whole and is left out of the sum.
//   - Rates are never added: the data states none but declared ones (see
//     below); the text derives them again from the summed counts.
//   - The whole of a gender ratio or of a scheme line is resolved on each side
//     first (its own total, or the organisation's figure), so that 46/86 +
//     10/20 is 56/106 whatever side stated its whole where.
//   - Declared figures are dropped: they belong to one unit's report.
//   - Text (names, offices, citations, narratives, notes) is kept when both
//     sides have the same, and dropped otherwise; a roll-up of different
//     departments must be named by the caller (Department.Name).
//   - Campaigns are the union of both sides; titles add by authority, verb and
//     title, rewards by form, authority and reason. A title or reward only one
//     side lists is kept as it is: a list of what was granted leaves out what
//     was not (a count one entry does not state is still unknown for both).
//
// Years that differ (training, emulation) are incompatible: Add returns an
// error naming the field. A zero year takes the other side's. A sum above
// finding.MaxCount is an error too: it is not a count a report can state.
// An error names the path of the figure in the sum (section.Adder).
func (a Section) Add(b Section) (Section, error) {
	ad := section.NewAdder("personnel")
	out := Section{
		Organisation: addOrganisation(ad, &a.Organisation, &b.Organisation),
		CivilService: addCivilService(ad, &a, &b),
	}
	if err := ad.Err(); err != nil {
		return Section{}, err
	}
	return out, nil
}

// Sum adds every value of ps with Add, in order; the sum of nothing is the
// zero Section.
func Sum(ps ...Section) (Section, error) { return SumSeq(slices.Values(ps)) }

// SumSeq is Sum of the sections seq yields, in order: a caller that holds
// its units elsewhere (a roll-up of many reports) adds them without copying
// every section into a slice first.
func SumSeq(seq iter.Seq[Section]) (Section, error) {
	return section.Sum(seq, func(p Section) (Section, error) { return p, nil },
		func(sum, p Section, i int) (Section, error) {
			out, err := sum.Add(p)
			if err != nil {
				return Section{}, fmt.Errorf("personnel: adding value %d: %w", i, err)
			}
			return out, nil
		})
}

// addCivilService adds section II.4 topic by topic. The wholes of scheme
// lines and gender ratios are resolved on each side, so it takes the whole
// Section values.
func addCivilService(ad *section.Adder, pa, pb *Section) CivilService {
	a, b := &pa.CivilService, &pb.CivilService
	return CivilService{
		JobPositions: addJobPositions(ad, pa, pb),
		Rotations:    addRotations(ad, &a.Rotations, &b.Rotations),
		Training:     addTraining(ad, &a.Training, &b.Training),
		Gender:       addGender(ad, pa, pb),
		Emulation:    addEmulation(ad, &a.Emulation, &b.Emulation),
	}
}

// Blocks returns sections II.3 and II.4 as two doc.Section values titled by
// w.OrganisationTitle and w.CivilServiceTitle (numbered "3." and "4." by their
// place under "II."), with every figure written from data. Both are returned
// even when empty, so that the outline keeps its numbering; a title template
// that writes nothing gives the section's blocks without a heading, and
// sub-sections with nothing to say are left out, unless o is
// section.Fixed: then every sub-section is printed, one with nothing to say
// as a heading with no blocks for the caller to fill. Blocks does not need
// Validate to pass: data with slips still renders, as its authors signed it.
// It fails on a nil Section, on a broken wording template or narrative
// markup, naming the field, and on a degree whose law and other counts
// overflow when added.
func (p *Section) Blocks(w Wording, o ...section.Outline) ([]doc.Block, error) {
	return generate(p, w, outlined(o, func(g *generator) []doc.Block {
		org := g.organisation()
		cs := g.civilService()
		out := g.section("OrganisationTitle", org, true)
		return append(out, g.section("CivilServiceTitle", cs, true)...)
	}))
}

// OrganisationBlocks returns the content of section II.3 (its sub-section
// II.3.1), for a caller that writes the heading of II.3 itself; o as for
// Blocks.
func (p *Section) OrganisationBlocks(w Wording, o ...section.Outline) ([]doc.Block, error) {
	return generate(p, w, outlined(o, (*generator).organisation))
}

// CivilServiceBlocks returns the content of section II.4 (its sub-sections
// II.4.1 to II.4.3), for a caller that writes the heading of II.4 itself; o
// as for Blocks.
func (p *Section) CivilServiceBlocks(w Wording, o ...section.Outline) ([]doc.Block, error) {
	return generate(p, w, outlined(o, (*generator).civilService))
}

// outlined returns build run on a generator set to the outline of o.
func outlined(o []section.Outline, build func(*generator) []doc.Block) func(*generator) []doc.Block {
	return func(g *generator) []doc.Block {
		g.outline = section.OutlineOf(o)
		return build(g)
	}
}

// civilService writes II.4: II.4.1 (job positions and rotations), II.4.2
// (training, then gender equality) and II.4.3 (emulation and rewards), each
// left out when it has nothing to say. Gender equality follows the training
// as in the reference report; with no training to follow, it opens II.4,
// never alone under the training's heading.
func (g *generator) civilService() []doc.Block {
	jobs := g.jobPositions()
	train := g.training()
	gender := g.gender()
	emu := g.emulation()
	var out []doc.Block
	if len(train) == 0 {
		out, gender = gender, nil
	}
	out = append(out, g.section("JobPositionsTitle", jobs, false)...)
	out = append(out, g.section("TrainingTitle", append(train, gender...), false)...)
	return append(out, g.section("EmulationTitle", emu, false)...)
}
