# frozen_string_literal: true

require_relative "../pg_helper"

RSpec.describe "the published list and the ladder" do
  before { configure_mediation }

  def call(service, by: admin, **params)
    DiscourseMediation.const_get(service).call(params:, guardian: by.guardian)
  end

  describe DiscourseMediation::Defaults do
    it "seeds seven behaviours with a first version each, and the six-step ladder, once" do
      expect(DiscourseMediation::Behaviour.current.pluck(:key)).to eq(
        DiscourseMediation::Defaults::BEHAVIOUR_KEYS,
      )
      expect(DiscourseMediation::BehaviourVersion.count).to eq(7)
      expect(DiscourseMediation::LadderStep.in_order.pluck(:key)).to eq(
        DiscourseMediation::Defaults::LADDER.map { _1[:key] },
      )
      expect { described_class.seed! }.not_to change {
        [DiscourseMediation::Behaviour.count, DiscourseMediation::LadderStep.count]
      }
    end

    it "ships a ladder that follows the ladder's own rules" do
      steps =
        described_class::LADDER.map do |step|
          DiscourseMediation::Rules::DueProcess::Ladder::Step.new(**step)
        end
      expect(DiscourseMediation::Rules::DueProcess::Ladder.errors(steps)).to eq([])
    end

    it "ships published list keys that are stable, lower-case ids" do
      expect(described_class::BEHAVIOUR_KEYS).to all(match(/\A[a-z0-9][a-z0-9-]*\z/))
      expect(described_class::BEHAVIOUR_KEYS.uniq).to eq(described_class::BEHAVIOUR_KEYS)
    end
  end

  describe DiscourseMediation::PublishedList::Create do
    subject(:result) do
      call(
        "PublishedList::Create",
        key: "spam-links",
        title: "Spam links",
        description: "Links to sell things",
      )
    end

    context "when the key has capitals or spaces" do
      subject(:result) do
        call("PublishedList::Create", key: "Spam links", title: "T", description: "D")
      end

      it { is_expected.to fail_a_contract }
    end

    %w[12 0x1f order].each do |key|
      context "when the key is #{key}" do
        subject(:result) { call("PublishedList::Create", key:, title: "T", description: "D") }

        it { is_expected.to fail_a_contract }

        it("adds nothing") do
          expect { result }.not_to change { DiscourseMediation::Behaviour.count }
        end
      end
    end

    context "when a moderator tries" do
      subject(:result) do
        call("PublishedList::Create", by: moderator, key: "x", title: "T", description: "D")
      end

      it { is_expected.to fail_a_policy(:is_admin) }
    end

    context "when the key was used before, even by a retired item" do
      subject(:result) do
        call("PublishedList::Create", key: "threats", title: "T", description: "D")
      end

      it { is_expected.to fail_a_policy(:key_is_new) }
    end

    context "when everything's ok" do
      it { is_expected.to run_successfully }

      it "adds it at the end with its first version" do
        expect(result.behaviour).to have_attributes(position: 7, version: 1)
        expect(result.behaviour.versions.map(&:title)).to eq(["Spam links"])
      end
    end
  end

  describe DiscourseMediation::PublishedList::Update do
    subject(:result) do
      call("PublishedList::Update", key: "threats", title: "Threats", description: "New words")
    end

    context "when the item does not exist" do
      subject(:result) { call("PublishedList::Update", key: "nope", title: "T", description: "D") }

      it { is_expected.to fail_to_find_a_model(:behaviour) }
    end

    context "when the title is too long" do
      subject(:result) do
        call("PublishedList::Update", key: "threats", title: "x" * 121, description: "D")
      end

      it { is_expected.to fail_a_contract }
    end

    context "when everything's ok" do
      it "writes a new version and keeps the old one" do
        expect(result).to run_successfully
        behaviour = DiscourseMediation::Behaviour.find_by(key: "threats")
        expect(behaviour.version).to eq(2)
        expect(behaviour.versions.map(&:description).last).to eq("New words")
        expect(behaviour.versions.count).to eq(2)
      end
    end
  end

  describe DiscourseMediation::PublishedList::Retire do
    it "takes an item off the current list, keeping when it first retired" do
      expect(call("PublishedList::Retire", key: "threats")).to run_successfully
      expect(DiscourseMediation::Behaviour.published_keys).not_to include("threats")
      first = DiscourseMediation::Behaviour.find_by(key: "threats").retired_at
      travel(1.day) { call("PublishedList::Retire", key: "threats") }
      expect(DiscourseMediation::Behaviour.find_by(key: "threats").retired_at).to eq_time(first)
    end

    it "lets PublishedList::Restore put it back under its old id" do
      call("PublishedList::Retire", key: "threats")
      expect(call("PublishedList::Restore", key: "threats")).to run_successfully
      expect(DiscourseMediation::Behaviour.published_keys).to include("threats")
      expect(call("PublishedList::Restore", by: moderator, key: "threats")).to fail_a_policy(
        :is_admin,
      )
      expect(call("PublishedList::Restore", key: "ghost")).to fail_to_find_a_model(:behaviour)
    end

    it("is for admins") do
      expect(call("PublishedList::Retire", by: moderator, key: "threats")).to fail_a_policy(
        :is_admin,
      )
    end
  end

  describe DiscourseMediation::PublishedList::Reorder do
    let(:keys) { DiscourseMediation::Defaults::BEHAVIOUR_KEYS.reverse }

    it "puts the current items in the new order" do
      expect(call("PublishedList::Reorder", keys:)).to run_successfully
      expect(DiscourseMediation::Behaviour.current.pluck(:key)).to eq(keys)
    end

    it "refuses a list that leaves an item out" do
      expect(call("PublishedList::Reorder", keys: keys.drop(1))).to fail_a_policy(
        :every_current_item_once,
      )
    end

    it "refuses an empty list" do
      expect(call("PublishedList::Reorder", keys: [])).to fail_a_contract
    end
  end

  describe DiscourseMediation::LadderSteps::Replace do
    let(:steps) do
      DiscourseMediation::LadderStep.in_order.map do |step|
        {
          "key" => step.key,
          "kind" => step.kind,
          "title" => step.title,
          "description" => step.description,
          "duration_days" => step.duration_days.to_s,
          "review_days" => step.review_days.to_s,
        }
      end
    end

    it "saves the whole ladder, keeping No action's words" do
      steps[0]["title"] = "Something else"
      steps[2]["title"] = "A clear warning"
      expect(call("LadderSteps::Replace", steps:)).to run_successfully
      expect(DiscourseMediation::LadderStep.in_order.pluck(:title).values_at(0, 2)).to eq(
        [I18n.t("discourse_mediation.defaults.ladder.no_action.title"), "A clear warning"],
      )
    end

    it "refuses a step with neither an end nor a review period" do
      steps[4]["duration_days"] = ""
      expect(call("LadderSteps::Replace", steps:)).to fail_a_policy(:ladder_is_sound)
      expect(DiscourseMediation::LadderStep.find_by(key: "suspension").duration_days).to eq(30)
    end

    it "refuses a ladder whose first step is not No action" do
      expect(call("LadderSteps::Replace", steps: steps.drop(1))).to fail_a_policy(:ladder_is_sound)
    end

    it "says which step is not a step at all, and changes nothing" do
      result = call("LadderSteps::Replace", steps: steps + ["cool down", 7])
      expect(result).to fail_a_policy(:ladder_is_sound)
      expect(result["result.policy.ladder_is_sound"].reason).to include(
        "Step 7 is not a step",
        "Step 8 is not a step",
      )
      expect(DiscourseMediation::LadderStep.count).to eq(steps.size)
    end

    it "refuses a step id that reads as a number" do
      numeric =
        steps +
          [
            {
              "key" => "12",
              "kind" => "cool_down",
              "title" => "Twelve",
              "description" => "",
              "duration_days" => "3",
            },
          ]
      expect(call("LadderSteps::Replace", steps: numeric)).to fail_a_policy(:ladder_is_sound)
    end

    context "while a ballot is open" do
      before { add_voters(3) }

      let!(:ballot) { open_vote(ask_for_help).ballot }
      let(:suspension) { steps.find { _1["key"] == "suspension" } }

      it "refuses to remove a step the ballot offers, and says which" do
        result = call("LadderSteps::Replace", steps: steps - [suspension])
        expect(result).to fail_a_policy(:live_options_kept)
        expect(result["result.policy.live_options_kept"].reason).to include("suspension")
        expect(DiscourseMediation::LadderStep.exists?(key: "suspension")).to eq(true)
      end

      it "lets the words change, while voters keep reading the words the ballot opened with" do
        opened_with = DiscourseMediation::LadderStep.find_by(key: "suspension").title
        suspension["title"] = "A long break"
        suspension["duration_days"] = "60"
        expect(call("LadderSteps::Replace", steps:)).to run_successfully
        option =
          DiscourseMediation::BallotView.for(ballot.reload, voters.users.first || admin)[
            :options
          ].find { _1[:key] == "suspension" }
        expect(option).to include(title: opened_with, duration_days: 30)
      end
    end

    it("is for admins") do
      expect(call("LadderSteps::Replace", by: moderator, steps:)).to fail_a_policy(:is_admin)
    end
  end
end

RSpec.describe DiscourseMediation::Case::Implement do
  subject(:result) do
    described_class.call(
      params: {
        case_id: mediation_case.id,
        duration_days: 10,
        reason: "Insults went on after the warning",
        change_reason: "A first offence",
      },
      guardian: moderator.guardian,
    )
  end

  def implement(**params)
    described_class.call(
      params: {
        case_id: mediation_case.id,
        reason: "It went on",
        **params,
      },
      guardian: moderator.guardian,
    )
  end

  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let!(:mediation_case) do
    decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension formal_warning]))
  end

  context "when the reason is missing" do
    subject(:result) do
      described_class.call(
        params: {
          case_id: mediation_case.id,
          duration_days: 10,
        },
        guardian: moderator.guardian,
      )
    end

    it { is_expected.to fail_a_contract }
  end

  context "when a mediator tries" do
    subject(:result) do
      described_class.call(
        params: {
          case_id: mediation_case.id,
          duration_days: 10,
          reason: "x",
        },
        guardian: mediator.guardian,
      )
    end

    it { is_expected.to fail_a_policy(:may_take) }
  end

  context "when someone else already suspended the person concerned for longer" do
    it "refuses, keeps their suspension and leaves the case to be carried out once it is changed" do
      their_end = 2.years.from_now.change(usec: 0)
      author.update!(suspended_till: their_end, suspended_at: 1.day.ago)
      result = implement(duration_days: 30)
      expect(result).to fail_a_step(:apply_outcome)
      expect(result["result.step.apply_outcome"].error).to include(
        "@#{author.username} is already suspended",
      )
      expect(author.reload.suspended_till).to eq(their_end)
      expect(mediation_case.reload).to have_attributes(state: "decided", outcome: nil)
    end
  end

  context "when carried out more severely than voted" do
    it "refuses a longer duration than the decided step's own, and suspends nobody" do
      result = implement(duration_days: 60, change_reason: "Seemed fair")
      expect(result).to fail_a_policy(:as_voted)
      expect(result["result.policy.as_voted"].reason).to eq(
        I18n.t("discourse_mediation.errors.as_voted.longer_than_voted"),
      )
      expect(author.reload.suspended_till).to be_nil
    end

    it "refuses a step more severe than the vote, or one the ballot did not offer" do
      expect(
        implement(step_key: "long_suspension", duration_days: 30, change_reason: "x"),
      ).to fail_a_policy(:as_voted)
      expect(
        implement(step_key: "made-up", duration_days: 30, change_reason: "x"),
      ).to fail_a_policy(:as_voted)
    end
  end

  context "when carried out more leniently than voted" do
    it "needs a reason" do
      expect(implement(duration_days: 10)).to fail_a_policy(:as_voted)
    end

    it "applies a less severe option of the ballot, and tells the person concerned why" do
      expect(
        implement(
          step_key: "formal_warning",
          review_days: 90,
          change_reason: "They apologised in the thread",
        ),
      ).to run_successfully
      expect(author.reload.suspended_till).to be_nil
      expect(mediation_case.reload).to have_attributes(
        outcome: "formal_warning",
        outcome_change_reason: "They apologised in the thread",
      )
      expect(mediation_case.events.last.data).to include(
        "outcome" => "formal_warning",
        "voted" => "suspension",
      )
      message = DiscourseMediation::Notices::Outcome.new(mediation_case).subject_message
      suspension = DiscourseMediation::LadderStep.find_by(key: "suspension").title
      expect(message).to include(
        "The vote decided “#{suspension}”",
        "> They apologised in the thread",
      )
    end
  end

  context "when carried out as voted" do
    it "needs no reason for the change, and keeps none" do
      expect(implement(duration_days: 30, change_reason: "ignored")).to run_successfully
      expect(mediation_case.reload).to have_attributes(
        outcome: "suspension",
        outcome_change_reason: nil,
      )
      expect(
        DiscourseMediation::Notices::Outcome.new(mediation_case).subject_message,
      ).not_to include("The vote decided")
    end
  end

  context "when the duration is over the site's cap" do
    subject(:result) do
      SiteSetting.mediation_max_sanction_days = 20
      described_class.call(
        params: {
          case_id: mediation_case.id,
          duration_days: 25,
          reason: "x",
          change_reason: "Shorter",
        },
        guardian: moderator.guardian,
      )
    end

    it { is_expected.to fail_a_policy(:plan_sound) }
    it("suspends nobody") { expect { result }.not_to change { author.reload.suspended_till } }
  end

  context "when the person concerned is staff" do
    before { author.update!(moderator: true) }

    it { is_expected.to fail_a_policy(:no_staff_sanctioned) }
    it("suspends nobody") { expect { result }.not_to change { author.reload.suspended_till } }
  end

  context "when the outcome is a silence and someone else already silenced them" do
    subject(:result) { implement(duration_days: 7) }

    let!(:mediation_case) do
      decide(
        ask_for_help,
        votes: voter_list.zip(%w[cool_down cool_down cool_down]),
        recommended_keys: %w[cool_down],
      )
    end
    let(:their_end) { 3.days.from_now.change(usec: 0) }

    before { author.update!(silenced_till: their_end) }

    it { is_expected.to fail_a_step(:apply_outcome) }

    it "changes nothing: their silence stays, the case stays decided" do
      result
      expect(author.reload.silenced_till).to eq(their_end)
      expect(mediation_case.reload).to have_attributes(state: "decided", outcome: nil)
    end
  end

  context "when everything's ok" do
    it { is_expected.to run_successfully }

    it "suspends the person concerned until the end date and closes the case" do
      freeze_time
      result
      expect(author.reload.suspended_till).to eq(10.days.from_now)
      expect(mediation_case.reload).to have_attributes(
        state: "closed",
        outcome: "suspension",
        sanction_ends_at: 10.days.from_now,
        implemented_by_id: moderator.id,
      )
      expect(enqueued_jobs(Jobs::DiscourseMediation::TellMediationOutcome).map { _1[:args] }).to eq(
        [{ "case_id" => mediation_case.id }],
      )
    end

    it("is once") do
      result &&
        expect(
          described_class.call(
            params: {
              case_id: mediation_case.id,
              duration_days: 10,
              reason: "x",
            },
            guardian: moderator.guardian,
          ),
        ).to(fail_a_policy(:in_state))
    end
  end
end

RSpec.describe DiscourseMediation::Case::PreviewOutcome do
  subject(:result) do
    described_class.call(
      params: {
        case_id: mediation_case.id,
        duration_days: "10",
        reason: " It went on ",
        change_reason: "A first offence",
      },
      guardian: by.guardian,
    )
  end

  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let!(:mediation_case) { submit_report(ask_for_help) }
  let(:by) { moderator }

  context "when a mediator asks" do
    let(:by) { mediator }

    it { is_expected.to fail_a_policy(:may_take) }
  end

  context "when the ballot has not closed" do
    it { is_expected.to fail_to_find_a_model(:ballot) }
  end

  context "when everything's ok" do
    let!(:mediation_case) do
      decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension no_action]))
    end

    it "writes both messages and saves nothing" do
      expect { result }.not_to change {
        [mediation_case.reload.attributes, author.reload.suspended_till]
      }
      expect(result.subject_message).to include("It went on")
      expect(result.requester_message).to be_present
    end

    it "says what the record keeps and until when, as the code keeps it" do
      SiteSetting.mediation_forgiveness_months = 12
      SiteSetting.mediation_archive_names_months = 6
      SiteSetting.mediation_tell_requesters = "whether"
      freeze_time
      message = result.subject_message
      time = ->(at) { DiscourseMediation::Notices::SystemMessage.time(at) }
      expect(message).to include("in your history until #{time.(12.months.from_now)}")
      expect(message).to include("names you in it until #{time.(10.days.from_now + 6.months)}")
      expect(message).to include("told whether action was taken, not which")
      expect(message).not_to include("a moderator will read it")
    end

    it "speaks to the person concerned, never of them as “the member”" do
      expect(result.subject_message).to include("your account is suspended")
      expect(result.subject_message).not_to match(/\bthe member\b/i)
    end
  end
end

RSpec.describe DiscourseMediation::Case::Review do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let!(:mediation_case) do
    decided =
      decide(
        ask_for_help,
        votes: voter_list.zip(%w[long_suspension] * 3),
        recommended_keys: %w[long_suspension],
      )
    succeed(
      DiscourseMediation::Case::Implement.call(
        params: {
          case_id: decided.id,
          duration_days: 365,
          review_days: 180,
          reason: "Threats",
        },
        guardian: moderator.guardian,
      ),
    )
    decided.reload
  end

  def review(decision: "end_early", reason: "They kept away and apologised", by: moderator)
    described_class.call(
      params: {
        case_id: mediation_case.id,
        decision:,
        reason:,
      },
      guardian: by.guardian,
    )
  end

  it "is refused before the review date" do
    expect(review).to fail_a_policy(:review_due)
    expect(author.reload.suspended?).to eq(true)
  end

  it "is for moderators" do
    travel(181.days) { expect(review(by: mediator)).to fail_a_policy(:may_take) }
  end

  it "needs a decision it knows and a reason" do
    travel(181.days) do
      expect(review(decision: "shorten")).to fail_a_contract
      expect(review(reason: " ")).to fail_a_contract
    end
  end

  it "ends the sanction early with Discourse's own tools, records why, and tells the person concerned" do
    travel(181.days) do
      expect(review).to run_successfully
      expect(author.reload.suspended?).to eq(false)
      expect(mediation_case.reload).to have_attributes(
        review_decision: "end_early",
        review_reason: "They kept away and apologised",
        reviewed_by_id: moderator.id,
        sanction_ends_at: be_within(1.second).of(Time.zone.now),
      )
      run_enqueued_jobs
      text =
        PostCreator.created.find { _1[:opts][:title]&.start_with?("The review of the outcome") }[
          :opts
        ][
          :raw
        ]
      expect(text).to include("ended it early", "> They kept away and apologised")
      expect(review).to fail_a_policy(:review_due)
    end
  end

  it "keeps it until its end, and says when that is" do
    travel(181.days) do
      expect(review(decision: "keep", reason: "It went on elsewhere")).to run_successfully
      expect(author.reload.suspended?).to eq(true)
      run_enqueued_jobs
      text =
        PostCreator.created.find { _1[:opts][:title]&.start_with?("The review of the outcome") }[
          :opts
        ][
          :raw
        ]
      expect(text).to include("kept it", "It ends by itself on")
    end
  end

  it "lifts only the plugin's own measure, never a suspension someone set since" do
    author.update!(suspended_till: 2.years.from_now)
    travel(181.days) do
      expect(review).to run_successfully
      expect(author.reload.suspended?).to eq(true)
    end
  end
end
