package personnel

// Topic: emulation, section II.4.3 — the year, the paragraphs on the plans
// launched, the emulation campaigns carried out (phong trào thi đua); and
// the order of II.4.3, whose titles and rewards are the topic of rewards.go.

import (
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
)

// Emulation is emulation and rewards (công tác thi đua, khen thưởng).
type Emulation struct {
	// Year is the year of the titles and rewards, e.g. 2024; 0 when not given.
	Year int `json:"year,omitempty" validate:"omitempty,gte=1945,lte=9999"`
	// Narrative is the free text before the campaigns: the plans launched,
	// the agreements signed.
	Narrative section.Text `json:"narrative,omitempty"`
	// Campaigns are the emulation campaigns carried out (phong trào thi đua).
	Campaigns []Campaign `json:"campaigns,omitempty" validate:"dive"`
	// Titles are the emulation titles (danh hiệu thi đua), by granting
	// authority.
	Titles []TitleGrant `json:"titles,omitempty" validate:"dive"`
	// Rewards are the forms of reward (hình thức khen thưởng), one entry per
	// decision.
	Rewards []Reward `json:"rewards,omitempty" validate:"dive"`
}

// Campaign is one emulation campaign (phong trào thi đua).
type Campaign struct {
	// Name is the campaign's name or slogan as written, e.g. "Dân vận khéo".
	Name string `json:"name" validate:"required"`
	// Slogan says the name is a slogan, written in quotes and italics:
	// “*Dân vận khéo*”.
	Slogan bool `json:"slogan,omitempty"`
	// Basis is the plan that launched the campaign, as cited, e.g. "Kế hoạch
	// số 217-KH/BDVTU ngày 09/4/2024 của Ban Dân vận Tỉnh ủy"; optional.
	Basis string `json:"basis,omitempty"`
	// Year is the year written after the name; 0 when none.
	Year int `json:"year,omitempty" validate:"omitempty,gte=1945,lte=9999"`
}

// addEmulation adds II.4.3: years that differ are the Adder's error;
// campaigns are the union of both sides; titles and rewards add by key
// (rewards.go).
func addEmulation(ad *section.Adder, ea, eb *Emulation) Emulation {
	return Emulation{
		Year:      addYear(ad, "civil_service.emulation.year", ea.Year, eb.Year),
		Narrative: sameNarratives(ea.Narrative, eb.Narrative),
		Campaigns: addCampaigns(ea.Campaigns, eb.Campaigns),
		Titles:    addTitles(ad, ea.Titles, eb.Titles),
		Rewards:   addRewards(ad, ea.Rewards, eb.Rewards),
	}
}

// addCampaigns returns the campaigns of a, then those of b not in a.
func addCampaigns(a, b []Campaign) []Campaign {
	var out []Campaign
	for _, c := range mergeKeys(a, b, func(c Campaign) Campaign { return c }) {
		out = append(out, *either(c[0], c[1]))
	}
	return out
}

// CampaignsData is the data of Wording.Campaigns.
type CampaignsData struct {
	Names
	// List is the campaigns written by Wording.Campaign, joined with "; ".
	List string
}

// CampaignData is the data of Wording.Campaign.
type CampaignData struct {
	// Name is the campaign's name; Slogan says to quote it.
	Name string
	// Slogan is true when the name is a slogan.
	Slogan bool
	// Basis is the plan that launched it; may be empty.
	Basis string
	// Year is the year written after it; 0 when none.
	Year int
}

// RewardsData is the data of Wording.RewardsLead.
type RewardsData struct {
	Names
	// Year is the year of the titles and rewards; 0 when not given.
	Year int
}

// emulation writes II.4.3: the narrative paragraphs, the paragraph on the
// campaigns, then, when there are titles or rewards, the lead and the list
// of their two items.
func (g *generator) emulation() []doc.Block {
	e := &g.p.CivilService.Emulation
	blocks := g.narrativeParagraphs(e.Narrative, "civil_service.emulation.narrative")
	blocks = append(blocks, paragraph(join(g.campaigns()), nil)...)
	var items []doc.Item
	if it, ok := g.titlesItem(); ok {
		items = append(items, it)
	}
	if it, ok := g.rewardsItem(); ok {
		items = append(items, it)
	}
	if len(items) > 0 {
		blocks = append(blocks, paragraph(join(g.wr.Runs("RewardsLead", RewardsData{Names: g.names, Year: e.Year})), nil)...)
		blocks = append(blocks, &doc.List{Marker: doc.Dash, Items: items})
	}
	return blocks
}

// campaigns writes the sentence listing the campaigns.
func (g *generator) campaigns() []doc.Run {
	var camps []string
	for _, c := range g.p.CivilService.Emulation.Campaigns {
		if s := g.wr.Sentence("Campaign", CampaignData{Name: esc(c.Name), Slogan: c.Slogan, Basis: esc(c.Basis), Year: c.Year}); s != "" {
			camps = append(camps, s)
		}
	}
	return g.wr.Runs("Campaigns", CampaignsData{Names: g.names, List: strings.Join(camps, "; ")})
}
