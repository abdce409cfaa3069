# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/next_step"

RSpec.describe DiscourseMediation::Rules::Case::NextStep do
  let(:due) { Time.utc(2026, 11, 24) }
  let(:closes) { Time.utc(2026, 11, 30) }
  let(:ballot_ends) { Time.utc(2026, 12, 3) }
  let(:target) { Time.utc(2026, 12, 10) }

  def step(state)
    described_class.for(
      state:,
      first_response_due_at: due,
      statement_closes_at: closes,
      ballot_ends_at: ballot_ends,
      stage_due_at: target,
    )
  end

  {
    requested: %i[mediator_assigned due],
    mediating: %i[mediation target],
    report_draft: %i[report target],
    awaiting_statements: %i[vote_opens closes],
    voting: %i[decision ballot_ends],
    decided: %i[implementation target],
    resolved: [:none, nil],
    withdrawn: [:none, nil],
    closed: [:none, nil],
    archived: [:none, nil],
  }.each do |state, (key, at)|
    it "tells everyone involved in a #{state} case that next is #{key}" do
      expected_at = at && public_send(at)
      expect(step(state).to_h).to eq(key:, at: expected_at)
    end
  end

  it "names no date for a stage carried out by hand when it has no target" do
    expect(described_class.for(state: :mediating).to_h).to eq(key: :mediation, at: nil)
  end

  describe "after the decision" do
    let(:now) { Time.utc(2026, 12, 3) }

    it "names an appeal's ballot, then the time to appeal, then the review date" do
      expect(
        described_class.for(
          state: :closed,
          appeal_ballot_ends_at: Time.utc(2026, 12, 6),
          appeal_closes_at: Time.utc(2026, 12, 10),
          now:,
        ).to_h,
      ).to eq(key: :appeal_decision, at: Time.utc(2026, 12, 6))
      expect(
        described_class.for(
          state: :closed,
          appeal_closes_at: Time.utc(2026, 12, 10),
          review_at: Time.utc(2027, 3, 1),
          now:,
        ).to_h,
      ).to eq(key: :appeal, at: Time.utc(2026, 12, 10))
      expect(
        described_class.for(state: :archived, review_at: Time.utc(2027, 3, 1), now:).to_h,
      ).to eq(key: :review, at: Time.utc(2027, 3, 1))
      expect(described_class.for(state: :closed, now:).to_h).to eq(key: :none, at: nil)
    end

    it "keeps a review that is due as the next step until it is done" do
      expect(
        described_class.for(state: :closed, review_at: Time.utc(2026, 11, 1), now:).to_h,
      ).to eq(key: :review_due, at: Time.utc(2026, 11, 1))
    end
  end
end
