# frozen_string_literal: true

require "json"
require_relative "../../../lib/discourse_mediation/rules/ballot/tally"

RSpec.describe DiscourseMediation::Rules::Ballot::Tally do
  let(:options) { %w[no_action formal_warning suspension long_suspension] }

  def decide(ballots, eligible: 10, quorum_percent: 50, options: self.options)
    described_class.decide(options:, ballots:, eligible:, quorum_percent:)
  end

  def outcome(ballots, **kwargs)
    decide(ballots, **kwargs).outcome
  end

  describe "the median rule" do
    it "gives the example from the design: 2 No action, 1 warning, 1 suspension, 1 long suspension is a warning" do
      ballots = %w[no_action no_action formal_warning suspension long_suspension]
      expect(outcome(ballots)).to eq("formal_warning")
    end

    it "does not depend on the order ballots were cast in" do
      ballots = %w[long_suspension formal_warning no_action suspension no_action]
      ballots.permutation.first(24).each { |order| expect(outcome(order)).to eq("formal_warning") }
    end

    it "takes the less severe of the two middle ballots with an even count" do
      expect(
        outcome(%w[no_action formal_warning suspension long_suspension suspension no_action]),
      ).to eq("formal_warning")
      expect(outcome(%w[formal_warning suspension], eligible: 2)).to eq("formal_warning")
    end

    it "goes to leniency on a tie between No action and a sanction" do
      expect(outcome(%w[no_action no_action suspension suspension], eligible: 4)).to eq("no_action")
    end

    it "lets No action win when it has half or more" do
      expect(
        outcome(%w[no_action no_action no_action long_suspension long_suspension], eligible: 5),
      ).to eq("no_action")
    end

    it "needs a majority for something at least as severe" do
      expect(outcome(%w[no_action suspension suspension], eligible: 3)).to eq("suspension")
      expect(outcome(%w[no_action no_action suspension], eligible: 3)).to eq("no_action")
    end

    it "does not let a split among sanctions hand the decision to a minority" do
      # Three of five want some sanction, but only one wants the long suspension.
      expect(
        outcome(
          %w[no_action no_action formal_warning long_suspension long_suspension],
          eligible: 5,
        ),
      ).to eq("formal_warning")
    end

    it "follows a unanimous ballot" do
      expect(outcome(%w[suspension] * 5, eligible: 5)).to eq("suspension")
    end

    it "follows a single voter who is the whole electorate" do
      result = decide(%w[formal_warning], eligible: 1)
      expect(result.outcome).to eq("formal_warning")
      expect(result.quorum_met).to eq(true)
    end
  end

  describe "abstentions" do
    it "count towards quorum but not towards the median" do
      result = decide(%w[abstain abstain abstain suspension no_action], eligible: 10)
      expect(result.quorum_met).to eq(true)
      expect(result.abstentions).to eq(3)
      expect(result.outcome).to eq("no_action") # median of [no_action, suspension] is the less severe
    end

    it "decide nothing when everyone abstains: No action" do
      result = decide(%w[abstain] * 6, eligible: 6)
      expect(result.quorum_met).to eq(true)
      expect(result.outcome).to eq("no_action")
      expect(result.counts.values.sum).to eq(0)
    end
  end

  describe "quorum" do
    it "is met at exactly the required share, rounded up" do
      expect(decide(%w[suspension] * 5, eligible: 10).quorum_met).to eq(true)
      expect(decide(%w[suspension] * 5, eligible: 11).required).to eq(6)
      expect(decide(%w[suspension] * 5, eligible: 11).quorum_met).to eq(false)
    end

    it "gives No action when not met, whatever the ballots say" do
      result = decide(%w[long_suspension long_suspension], eligible: 10)
      expect(result.quorum_met).to eq(false)
      expect(result.outcome).to eq("no_action")
      expect(result.counts["long_suspension"]).to eq(2)
    end

    it "is never met with nobody eligible" do
      expect(decide([], eligible: 0).quorum_met).to eq(false)
      expect(decide([], eligible: 0).outcome).to eq("no_action")
    end

    it "follows the quorum setting" do
      expect(decide(%w[suspension], eligible: 10, quorum_percent: 10).quorum_met).to eq(true)
      expect(decide(%w[suspension] * 9, eligible: 10, quorum_percent: 100).quorum_met).to eq(false)
    end
  end

  describe "counts" do
    it "counts every option, No action first, including those nobody chose" do
      expect(decide(%w[suspension suspension abstain]).counts).to eq(
        "no_action" => 0,
        "formal_warning" => 0,
        "suspension" => 2,
        "long_suspension" => 0,
      )
    end
  end

  describe "a minimum number of ballots" do
    it "decides nothing with fewer ballots than the minimum, whatever the share" do
      result =
        described_class.decide(
          options:,
          ballots: %w[suspension suspension],
          eligible: 2,
          quorum_percent: 50,
          minimum: 3,
        )
      expect(result).to have_attributes(outcome: "no_action", quorum_met: false, required: 3)
    end

    it "decides once the minimum and the share are both met" do
      result =
        described_class.decide(
          options:,
          ballots: %w[suspension suspension abstain],
          eligible: 4,
          quorum_percent: 50,
          minimum: 3,
        )
      expect(result).to have_attributes(outcome: "suspension", quorum_met: true, required: 3)
    end

    it "lets the share ask for more than the minimum" do
      expect(described_class.required(eligible: 20, quorum_percent: 50, minimum: 3)).to eq(10)
    end
  end

  describe "options the report did not recommend" do
    it "rejects a ballot for one, and says which" do
      expect { decide(%w[no_action cool_down]) }.to raise_error(
        described_class::RejectedBallot,
        /cool_down/,
      )
    end

    it "knows a valid choice from an invalid one" do
      expect(described_class.valid_choice?("abstain", options)).to eq(true)
      expect(described_class.valid_choice?("suspension", options)).to eq(true)
      expect(described_class.valid_choice?("cool_down", options)).to eq(false)
      expect(described_class.valid_choice?(nil, options)).to eq(false)
    end

    it "works with No action alone on the ballot" do
      expect(outcome(%w[no_action abstain], eligible: 2, options: ["no_action"])).to eq("no_action")
    end
  end

  describe "whether a roll can decide at all" do
    [
      [0, 50, 1, false],
      [2, 50, 3, false],
      [3, 50, 3, true],
      [3, 100, 3, true],
      [10, 50, 3, true],
      [1, 50, 1, true],
    ].each do |eligible, quorum_percent, minimum, expected|
      it "is #{expected} for #{eligible} voters, a #{quorum_percent}% quorum and a minimum of #{minimum}" do
        expect(described_class.can_decide?(eligible:, quorum_percent:, minimum:)).to eq(expected)
      end
    end
  end

  describe "what is kept when quorum is not met" do
    let(:appeal_options) { %w[no_action formal_warning suspension] }

    it "is No action for a decision" do
      result =
        described_class.decide(
          options: appeal_options,
          ballots: %w[no_action],
          eligible: 6,
          quorum_percent: 50,
          minimum: 3,
        )
      expect(result.outcome).to eq("no_action")
    end

    it "is the step carried out for an appeal, which changes a sanction only by a decision" do
      result =
        described_class.decide(
          options: appeal_options,
          ballots: %w[no_action],
          eligible: 6,
          quorum_percent: 50,
          minimum: 3,
          kept: "suspension",
        )
      expect(result).to have_attributes(outcome: "suspension", quorum_met: false)
    end

    it "does not touch a decided appeal" do
      result =
        described_class.decide(
          options: appeal_options,
          ballots: %w[no_action no_action formal_warning],
          eligible: 3,
          quorum_percent: 50,
          minimum: 3,
          kept: "suspension",
        )
      expect(result.outcome).to eq("no_action")
    end
  end

  # The same inputs and outcomes check the preview's TypeScript port
  # (preview/tally.ts, in test/preview/samples.mjs), so both count alike.
  describe "the vectors shared with the preview" do
    vectors = JSON.parse(File.read(File.expand_path("../../fixtures/tally_vectors.json", __dir__)))

    vectors["vectors"].each do |vector|
      it "gives #{vector["expected"]["outcome"]}: #{vector["name"]}" do
        result =
          described_class.decide(
            options: vector["options"],
            ballots: vector["ballots"],
            eligible: vector["eligible"],
            quorum_percent: vector["quorum_percent"],
            minimum: vector["minimum"],
            kept: vector["kept"],
          )
        expect(result.to_h.except(:eligible).transform_keys(&:to_s)).to eq(vector["expected"])
      end
    end

    vectors["rejected"].each do |vector|
      it "rejects #{vector["rejects"]}: #{vector["name"]}" do
        expect {
          described_class.decide(
            options: vector["options"],
            ballots: vector["ballots"],
            eligible: vector["eligible"],
            quorum_percent: vector["quorum_percent"],
          )
        }.to raise_error(described_class::RejectedBallot, /#{vector["rejects"]}/)
      end
    end

    vectors["can_decide"].each do |vector|
      it "says a roll of #{vector["eligible"]} #{vector["expected"] ? "can" : "cannot"} decide (#{vector["quorum_percent"]}%, at least #{vector["minimum"]})" do
        expect(
          described_class.can_decide?(
            eligible: vector["eligible"],
            quorum_percent: vector["quorum_percent"],
            minimum: vector["minimum"],
          ),
        ).to eq(vector["expected"])
      end
    end
  end
end
