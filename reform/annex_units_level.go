package reform

import (
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
)

// The groups of AnnexGroupsByLevel, in the order a province's annex prints
// them, with the levels of the units each holds: built once, never
// changed.
var annexLevelGroups = []struct {
	name   string
	levels []Level
}{
	{"Cấp tỉnh", []Level{LevelProvince, LevelDepartment}},
	{"Cấp huyện", []Level{LevelDistrict}},
	{"Cấp xã", []Level{LevelCommune}},
	{"Cơ quan, đơn vị khác", nil},
}

// AnnexGroupsByLevel groups the units of a roll-up for period p by the
// level of government of their header (Header.Level), for the annexes by
// unit: "Cấp tỉnh" (the Sở, ban, ngành, and provinces in a roll-up of
// provinces), "Cấp huyện" (districts, before 01/7/2025), "Cấp xã" (xã,
// phường, đặc khu), then "Cơ quan, đơn vị khác" for units whose header
// gives no level. The units keep their order within a group; a group
// without units is left out. Nil units and units of another period than p
// are left out too, as Aggregate leaves them out of the sum (with a
// reform.aggregate.period finding): the annexes show the units the roll-up
// adds up.
func AnnexGroupsByLevel(p Period, units []*Report) []AnnexGroup {
	var out []AnnexGroup
	for _, g := range annexLevelGroups {
		group := AnnexGroup{Name: g.name}
		for _, u := range units {
			if u != nil && samePeriod(u.Period, p) && levelIn(u.Header.Level, g.levels) {
				group.Units = append(group.Units, u)
			}
		}
		if len(group.Units) > 0 {
			out = append(out, group)
		}
	}
	return out
}

// levelIn reports whether l is one of levels; a level that is none of the
// known ones is in the empty list, the group of the others.
func levelIn(l Level, levels []Level) bool {
	if levels == nil {
		return !l.Known()
	}
	for _, k := range levels {
		if l == k {
			return true
		}
	}
	return false
}

// LevelCatalogues returns one row per group for CatalogueAnnex: the
// group's catalogue of procedures, taken once, named as the group.
//   - A group of departments (Sở, ban, ngành, every unit at LevelDepartment)
//     holds the province level's catalogue in parts: each procedure of that
//     level is resolved by one department, so the level's catalogue is the
//     sum of the parts the departments give (tthc.Sum).
//   - Any other group serves one catalogue, the level's, which every unit
//     that gives one gives alike (the communes of a province): it is taken
//     once, never added over the units.
//
// A group whose units give no catalogue, or different ones (or parts in
// both schemes of service levels, which do not add), has no figures: its
// row is empty, and so is the total. Aggregate reports catalogues that
// differ; the caller may set a row's catalogue itself.
func LevelCatalogues(groups []AnnexGroup) []tthc.NamedCatalogue {
	out := make([]tthc.NamedCatalogue, len(groups))
	for i, g := range groups {
		out[i] = tthc.NamedCatalogue{Name: g.Name, Catalogue: groupCatalogue(g)}
	}
	return out
}

// groupCatalogue returns the catalogue of a group's level, or nil.
func groupCatalogue(g AnnexGroup) *tthc.Catalogue {
	var parts []tthc.Section
	var cats []indexed[*tthc.Catalogue]
	departments := true
	for i, u := range g.Units {
		if u == nil {
			continue
		}
		departments = departments && u.Header.Level == LevelDepartment
		if s := proceduresOf(u); s != nil && s.Catalogue != nil {
			parts = append(parts, tthc.Section{Catalogue: s.Catalogue})
			cats = append(cats, indexed[*tthc.Catalogue]{i, u.Header.Name(), s.Catalogue})
		}
	}
	if len(cats) == 0 {
		return nil
	}
	if !departments {
		var ignored finding.List // Aggregate reports the units' catalogues
		return catalogueSet.take(&ignored, cats)
	}
	return sumParts(parts)
}

// sumParts returns the catalogue of a level whose units each resolve their
// own procedures: the sum of their parts, as tthc.Sum adds catalogues; nil
// when they do not add (two schemes, a sum past the int64 range).
func sumParts(parts []tthc.Section) *tthc.Catalogue {
	sum, err := tthc.Sum(parts...)
	if err != nil {
		return nil
	}
	return sum.Catalogue
}

// ProcedureGroups returns groups with only their units that report on
// administrative procedures (section II.2), the groups left without a unit
// dropped: the rows of Biểu số 06/VPCP/KSTT, the results "tại cơ quan, đơn
// vị trực tiếp giải quyết thủ tục hành chính". A department that resolves
// no procedure has no section II.2 and no row, and the form's totals are
// then those of the roll-up, which adds up the sections the units give; a
// unit whose section gives no dossier figures keeps its empty row, and the
// totals it leaves unknown. Nil units are dropped.
func ProcedureGroups(groups []AnnexGroup) []AnnexGroup {
	var out []AnnexGroup
	for _, g := range groups {
		kept := AnnexGroup{Name: g.Name}
		for _, u := range g.Units {
			if u != nil && proceduresOf(u) != nil {
				kept.Units = append(kept.Units, u)
			}
		}
		if len(kept.Units) > 0 {
			out = append(out, kept)
		}
	}
	return out
}
