# frozen_string_literal: true

require_relative "../pg_helper"

RSpec.describe "the secret ballot" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(4) }
  let!(:mediation_case) { open_vote(ask_for_help) }
  let(:ballot) { mediation_case.ballot }
  let(:voter) { voter_list.first }

  describe DiscourseMediation::BallotBox do
    it "fixes the roll when the ballot opens: the voter groups minus everyone in the case" do
      expect(ballot.voters.pluck(:user_id)).to match_array(voter_list.map(&:id))
      expect(ballot).to have_attributes(eligible_count: 4, quorum_percent: 50)
    end

    it "leaves the person concerned, the requesters and the mediators off the roll even in the voter group" do
      [author, member, mediator].each { |user| GroupUser.create!(group: voters, user:) }
      other_case = open_vote(ask_for_help(on: Fabricate(:post, user: author)))
      expect(other_case.ballot.voters.pluck(:user_id)).to match_array(voter_list.map(&:id))
    end

    it "leaves suspended and deactivated voters off the roll" do
      SiteSetting.mediation_min_ballots = 2
      voter_list[0].update!(suspended_till: 1.day.from_now)
      voter_list[1].update!(active: false)
      other_case = open_vote(ask_for_help(on: Fabricate(:post, user: author)))
      expect(other_case.ballot.voters.pluck(:user_id)).to match_array(voter_list.last(2).map(&:id))
    end

    it "opens a case's ballot once" do
      expect(described_class.open!(mediation_case)).to eq(ballot)
      expect(DiscourseMediation::Ballot.where(case_id: mediation_case.id).count).to eq(1)
    end

    describe ".close!" do
      it "does nothing before the ballot's time is up" do
        described_class.close!(ballot)
        expect(ballot.reload.closed?).to eq(false)
      end

      it "tallies the median, keeps the result and moves the case to decided" do
        cast(ballot, voter_list[0], "suspension")
        cast(ballot, voter_list[1], "formal_warning")
        cast(ballot, voter_list[2], "no_action")
        cast(ballot, voter_list[3], "formal_warning")
        described_class.close!(ballot, now: ballot.closes_at)
        expect(ballot.reload).to have_attributes(
          outcome: "formal_warning",
          quorum_met: true,
          cast_count: 4,
          abstentions: 0,
          counts: {
            "no_action" => 1,
            "formal_warning" => 2,
            "suspension" => 1,
          },
        )
        expect(mediation_case.reload.state).to eq("decided")
      end

      it "decides No action without quorum, and lifts an interim measure" do
        mediation_case.update!(urgent: true)
        succeed(
          DiscourseMediation::Case::InterimSuspend.call(
            params: {
              case_id: mediation_case.id,
              reason: "Threats",
            },
            guardian: moderator.guardian,
          ),
        )
        cast(ballot, voter, "suspension")
        described_class.close!(ballot, now: ballot.closes_at)
        expect(ballot.reload).to have_attributes(outcome: "no_action", quorum_met: false)
        expect(author.reload.silenced?).to eq(false)
        expect(mediation_case.reload.interim_suspended_until).to be_nil
      end

      it "decides No action with fewer ballots than the minimum kept when the ballot opened, though the share is met" do
        SiteSetting.mediation_min_ballots = 3
        other_case = open_vote(ask_for_help(on: Fabricate(:post, user: author)))
        small = other_case.ballot
        expect(small.min_ballots).to eq(3)
        SiteSetting.mediation_min_ballots = 1
        cast(small, voter_list[0], "suspension")
        cast(small, voter_list[1], "suspension")
        described_class.close!(small, now: small.closes_at)
        expect(small.reload).to have_attributes(
          outcome: "no_action",
          quorum_met: false,
          required_count: 3,
        )
      end

      it "closes the report topic as the system user" do
        run_enqueued_jobs
        described_class.close!(ballot, now: ballot.closes_at)
        expect(ballot.reload.topic.closed).to eq(true)
      end

      it "changes nothing more when it runs again" do
        described_class.close!(ballot, now: ballot.closes_at)
        expect {
          described_class.close!(ballot.reload, now: ballot.closes_at + 1.hour)
        }.not_to change { [ballot.reload.attributes, mediation_case.events.count] }
      end
    end
  end

  describe DiscourseMediation::Ballot::StepAside do
    def step_aside(by: voter, reason: "I co-maintain a package with the author")
      described_class.call(params: { ballot_id: ballot.id, reason: }, guardian: by.guardian)
    end

    it "takes the voter off the roll, counts the quorum without them, and says why on the timeline" do
      expect(step_aside).to run_successfully
      expect(ballot.reload).to have_attributes(eligible_count: 3)
      expect(ballot.voter?(voter)).to eq(false)
      expect(mediation_case.events.last).to have_attributes(
        action: "voter_stepped_aside",
        user_id: voter.id,
      )
      expect(DiscourseMediation::BallotView.for(ballot, voter)).to include(
        voter_status: "recused",
        recusal_reason: "stepped_aside",
      )
    end

    it "then refuses their vote, saying they stepped aside" do
      step_aside
      result =
        DiscourseMediation::Ballot::Cast.call(
          params: {
            ballot_id: ballot.id,
            choice: "no_action",
          },
          guardian: voter.guardian,
        )
      expect(result).to fail_a_policy(:on_the_roll)
      expect(result["result.policy.on_the_roll"].reason).to eq(
        I18n.t("discourse_mediation.errors.recused_stepped_aside"),
      )
    end

    it "is too late once they have voted, and changes nothing" do
      cast(ballot, voter, "suspension")
      expect(step_aside).to fail_a_step(:step_aside)
      expect(ballot.reload.eligible_count).to eq(4)
    end

    it "needs a reason, and someone on the roll, while the ballot is open" do
      expect(step_aside(reason: " ")).to fail_a_contract
      expect(step_aside(by: member)).to fail_a_policy(:may_see_ballot)
      travel_to(ballot.closes_at + 1) { expect(step_aside).to fail_a_policy(:ballot_open) }
    end
  end

  describe DiscourseMediation::Ballot::Cast do
    subject(:result) do
      described_class.call(params: { ballot_id: ballot.id, choice: }, guardian: by.guardian)
    end

    let(:choice) { "formal_warning" }
    let(:by) { voter }

    def rows
      [
        DiscourseMediation::BallotPaper.count,
        DiscourseMediation::BallotVoter.where(voted: true).count,
      ]
    end

    context "when the choice is missing" do
      let(:choice) { "" }

      it { is_expected.to fail_a_contract }
    end

    context "when the ballot does not exist" do
      subject(:result) do
        described_class.call(params: { ballot_id: -1, choice: }, guardian: by.guardian)
      end

      it { is_expected.to fail_to_find_a_model(:ballot) }
    end

    context "when the ballot has closed" do
      it "is refused" do
        travel_to(ballot.closes_at + 1.minute) { expect(result).to fail_a_policy(:ballot_open) }
      end
    end

    context "when the user joined the voter group after the ballot opened" do
      let(:by) { Fabricate(:member, groups: [voters]) }

      it { is_expected.to fail_a_policy(:on_the_roll) }
    end

    context "when the person concerned is in the voter group" do
      let(:by) { author }

      before do
        GroupUser.create!(group: voters, user: author)
        author.reload
      end

      it "is refused, with their recusal as the reason" do
        expect(result).to fail_a_policy(:on_the_roll)
        expect(result["result.policy.on_the_roll"].reason).to eq(
          I18n.t("discourse_mediation.errors.recused_subject"),
        )
      end
    end

    context "when the choice is not on the ballot" do
      let(:choice) { "long_suspension" }

      it { is_expected.to fail_a_policy(:an_option) }
      it("writes nothing") { expect { result }.not_to change { rows } }
    end

    context "when the voter already voted" do
      before { cast(ballot, voter, "no_action") }

      it { is_expected.to fail_a_step(:mark_voted) }
      it("writes no second paper") { expect { result }.not_to change { rows } }
    end

    context "when everything's ok" do
      it { is_expected.to run_successfully }

      it "marks the roll and drops a sealed paper that names nobody, with a receipt shown once" do
        result
        expect(ballot.voters.find_by(user_id: voter.id).voted).to eq(true)
        paper = DiscourseMediation::BallotPaper.find_by(ballot_id: ballot.id)
        expect(paper.attributes.keys).to contain_exactly(
          "ballot_id",
          "sealed",
          "choice",
          "receipt_digest",
          "reason",
        )
        expect(paper.attributes.values_at("choice", "receipt_digest", "reason")).to all(be_nil)
        expect(paper.sealed).not_to include(
          "formal_warning",
          DiscourseMediation::Rules::Ballot::Receipt.digest(result.receipt),
        )
        expect(paper.contents(ballot.seal)).to eq(
          choice: "formal_warning",
          receipt_digest: DiscourseMediation::Rules::Ballot::Receipt.digest(result.receipt),
          reason: nil,
        )
      end

      it "keeps a voter's reason on the paper, unsigned, and shows the reasons only after the close, in no telling order" do
        voters = voter_list.first(3)
        [
          ["suspension", "Zero tolerance for insults"],
          ["formal_warning", "  A first time  "],
          ["no_action", nil],
        ].each_with_index do |(choice, reason), index|
          succeed(
            described_class.call(
              params: {
                ballot_id: ballot.id,
                choice:,
                paper_reason: reason,
              },
              guardian: voters[index].guardian,
            ),
          )
        end
        expect(DiscourseMediation::BallotView.for(ballot.reload, voters.first)[:results]).to be_nil
        DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
        reasons =
          DiscourseMediation::BallotView.for(ballot.reload, voters.first)[:results][:reasons]
        expect(reasons).to eq(["A first time", "Zero tolerance for insults"])
        expect(DiscourseMediation::BallotPaper.where(ballot_id: ballot.id)).to be_empty
      end

      it "refuses a reason over the limit, and records no vote" do
        long = "x" * (DiscourseMediation::Ballot::Cast::REASON_MAX_LENGTH + 1)
        expect(
          described_class.call(
            params: {
              ballot_id: ballot.id,
              choice: "no_action",
              paper_reason: long,
            },
            guardian: by.guardian,
          ),
        ).to fail_a_contract
        expect(ballot.voted?(by)).to eq(false)
      end

      it "counts an abstention as a paper" do
        expect(
          described_class.call(
            params: {
              ballot_id: ballot.id,
              choice: "abstain",
            },
            guardian: by.guardian,
          ),
        ).to run_successfully
      end
    end
  end

  describe DiscourseMediation::BallotView do
    it "hides the counts from everyone, staff included, until the close" do
      cast(ballot, voter, "suspension")
      expect(described_class.for(ballot, admin)[:results]).to be_nil
      expect(described_class.for(ballot, voter)).to include(voter_status: "voted", results: nil)
    end

    it "shows the counts to everyone who may look once closed" do
      cast(ballot, voter, "suspension")
      DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
      results = described_class.for(ballot.reload, voter_list.last)[:results]
      expect(results[:counts]).to include({ key: "suspension", count: 1 })
    end

    it "tells each person where they stand" do
      GroupUser.create!(group: voters, user: member)
      expect(described_class.for(ballot, voter_list.last)[:voter_status]).to eq("eligible")
      expect(described_class.for(ballot, member)).to include(
        voter_status: "recused",
        recusal_reason: "requester",
      )
      expect(described_class.for(ballot, Fabricate(:member))[:voter_status]).to eq("not_a_voter")
    end

    it "gives voters the case to read: the report as submitted, every statement, nothing of the editor's" do
      case_file = described_class.for(ballot, voter)[:case_file]
      expect(case_file[:title]).to eq(ballot.mediation_case.topic.title)
      expect(case_file[:report]).to include(what_happened: "Repeated insults in the thread")
      expect(case_file[:report][:citations].map { _1[:key] }).to eq(["personal-attacks"])
      expect(case_file[:report]).not_to include(:cited_keys, :affected_user_ids)
      expect(case_file[:statements]).to eq([])
      expect(case_file[:earlier_outcomes]).to eq([])
    end

    it "shows an earlier outcome about the same person within the forgiveness period, and forgets it after" do
      earlier =
        DiscourseMediation::MediationCase.create!(
          topic: Fabricate(:topic),
          post: Fabricate(:post, user: author),
          state: "closed",
          outcome: "formal_warning",
          ended_at: 2.months.ago,
        )
      earlier.people.create!(user: author, subject: true)
      outcomes = described_class.for(ballot, voter)[:case_file][:earlier_outcomes]
      expect(outcomes.map { _1[:title] }).to eq(
        [DiscourseMediation::LadderStep.find_by(key: "formal_warning").title],
      )

      earlier.update!(ended_at: (SiteSetting.mediation_forgiveness_months + 1).months.ago)
      expect(described_class.for(ballot, voter)[:case_file][:earlier_outcomes]).to eq([])
    end

    it "counts an earlier private reminder as an outcome, and a plain resolution as none" do
      %w[private_reminder]
        .push(nil)
        .each do |resolution|
          earlier =
            DiscourseMediation::MediationCase.create!(
              topic: Fabricate(:topic),
              post: Fabricate(:post, user: author),
              subject_id: author.id,
              state: "resolved",
              resolution:,
              ended_at: 1.month.ago,
            )
          earlier.people.create!(user: author, subject: true)
        end
      outcomes = described_class.for(ballot, voter)[:case_file][:earlier_outcomes]
      expect(outcomes.map { _1[:title] }).to eq([I18n.t("discourse_mediation.private_reminder")])
    end

    it "lets voters, the voter groups and staff look, nobody else" do
      expect(voter.guardian.can_see_mediation_ballot?(ballot)).to eq(true)
      expect(moderator.guardian.can_see_mediation_ballot?(ballot)).to eq(true)
      expect(member.guardian.can_see_mediation_ballot?(ballot)).to eq(false)
      expect(Guardian.new.can_see_mediation_ballot?(ballot)).to eq(false)
    end
  end
end

RSpec.describe DiscourseMediation::Ballot::CheckReceipt do
  subject(:result) do
    described_class.call(params: { ballot_id: ballot.id, receipt: }, guardian: by.guardian)
  end

  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let!(:mediation_case) { open_vote(ask_for_help) }
  let(:ballot) { mediation_case.ballot }
  let(:by) { voter_list.first }
  let!(:receipt) { cast(ballot, voter_list.first, "formal_warning").receipt }

  def close_ballot
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
  end

  context "when the ballot is still open" do
    it { is_expected.to fail_a_policy(:ballot_closed) }
  end

  context "when someone outside the voter groups asks" do
    let(:by) { Fabricate(:member) }

    before { close_ballot }

    it { is_expected.to fail_a_policy(:may_see_ballot) }
  end

  context "when everything's ok" do
    before { close_ballot }

    it "finds the receipt among the counted papers, typed in any case and spacing" do
      expect(result).to run_successfully
      expect(result.counted).to eq(true)
      spaced = receipt.downcase.chars.each_slice(4).map(&:join).join(" ")
      expect(
        described_class.call(
          params: {
            ballot_id: ballot.id,
            receipt: spaced,
          },
          guardian: by.guardian,
        ).counted,
      ).to eq(true)
    end

    it "says not counted for a receipt that is not there, and never the choice" do
      other =
        described_class.call(
          params: {
            ballot_id: ballot.id,
            receipt: "NOTAREALCODE",
          },
          guardian: by.guardian,
        )
      expect(other.counted).to eq(false)
      expect(other.to_h.keys.map(&:to_s).grep(/choice/)).to be_empty
    end
  end
end

RSpec.describe "a ballot someone may not see" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let!(:ballot) { open_vote(ask_for_help).ballot }

  it "answers a vote from outside the voter groups as if there were no ballot" do
    outsider = Fabricate(:member)
    result =
      DiscourseMediation::Ballot::Cast.call(
        params: {
          ballot_id: ballot.id,
          choice: "no_action",
        },
        guardian: outsider.guardian,
      )
    expect(result).to fail_a_policy(:may_see_ballot)
    expect(DiscourseMediation::BallotPaper.where(ballot_id: ballot.id).count).to eq(0)
  end
end

RSpec.describe "an appeal" do
  before { configure_mediation }

  let(:appeal_group) { Fabricate(:group) }
  let!(:voter_list) { add_voters(3) }
  let!(:appeal_voters) { Array.new(3) { Fabricate(:member, groups: [appeal_group]) } }
  let!(:mediation_case) do
    carry_out(decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension formal_warning])))
  end

  before { SiteSetting.mediation_appeal_groups = appeal_group.id.to_s }

  def appeal(by: author, statement: "I apologised in the thread the next day.")
    DiscourseMediation::Statement::Appeal.call(
      params: {
        case_id: mediation_case.id,
        statement:,
      },
      guardian: by.guardian,
    )
  end

  it "opens a secret ballot of the appeal group, without anyone who voted the first time, that can only lower the sanction" do
    GroupUser.create!(group: appeal_group, user: voter_list.first)
    expect(appeal).to run_successfully
    ballot = mediation_case.reload.appeal_ballot
    expect(ballot).to have_attributes(
      kind: "appeal",
      options: %w[no_action formal_warning suspension],
    )
    expect(ballot.voters.pluck(:user_id)).to match_array(appeal_voters.map(&:id))
    expect(mediation_case.ballot.kind).to eq("decision")
    expect(
      DiscourseMediation::BallotView.for(ballot, appeal_voters.first)[:case_file][
        :appeal_statement
      ],
    ).to eq("I apologised in the thread the next day.")
  end

  it "tells each member of the appeal's roll, and nobody who voted the first time" do
    GroupUser.create!(group: appeal_group, user: voter_list.first)
    Recorders.clear!
    appeal
    ballot = mediation_case.reload.appeal_ballot
    2.times { run_enqueued_jobs }
    told = PostCreator.created.select { _1[:opts][:title].to_s.include?("An appeal is open") }
    expect(told.map { _1[:opts][:target_usernames] }).to match_array(appeal_voters.map(&:username))
    expect(told.first[:opts][:raw]).to include("/mediation/ballots/#{ballot.id}")
  end

  it "is once, within the appeal time, for the person concerned only" do
    expect(appeal(by: member)).to fail_a_policy(:may_take)
    expect(appeal(statement: " ")).to fail_a_contract
    travel(15.days) { expect(appeal).to fail_a_policy(:appeal_open) }
    expect(appeal).to run_successfully
    expect(appeal).to fail_a_policy(:appeal_open)
    expect(mediation_case.reload.appeal_refusal).to eq(:already_appealed)
  end

  it "is off without an appeal group, and the outcome message says so and who to write to instead" do
    SiteSetting.mediation_appeal_groups = ""
    expect(appeal).to fail_a_policy(:appeal_open)
    expect(I18n.t("discourse_mediation.errors.appeal_closed.appeals_off")).to include(
      "cannot be appealed",
      "write to the site's moderators instead",
    )
    message = DiscourseMediation::Notices::Outcome.new(mediation_case).subject_message
    expect(message).to include(
      "cannot be appealed",
      "write to the moderators instead",
      "(#{Discourse.base_url}/new-message?groupname=moderators)",
      "(#{Discourse.base_url}/about)",
    )
    expect(message).not_to include("you may appeal")
  end

  it "names the moderators group by its own name in the link" do
    SiteSetting.mediation_appeal_groups = ""
    Group[:moderators].update!(name: "moderadores")
    expect(DiscourseMediation::Notices::Outcome.new(mediation_case).subject_message).to include(
      "/new-message?groupname=moderadores)",
    )
  end

  it "says nothing of appeals, or their absence, when No action was decided" do
    no_action = mediation_case.tap { _1.update!(outcome: "no_action", sanction_ends_at: nil) }
    [appeal_group.id.to_s, ""].each do |groups|
      SiteSetting.mediation_appeal_groups = groups
      expect(DiscourseMediation::Notices::Outcome.new(no_action).subject_message).not_to match(
        /appeal/i,
      )
    end
  end

  it "lowers the sanction with Discourse's own tools when the appeal's ballot closes, and tells the person concerned" do
    appeal
    ballot = mediation_case.reload.appeal_ballot
    appeal_voters.each { cast(ballot, _1, "formal_warning") }
    expect(author.reload.suspended?).to eq(true)
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    expect(author.reload.suspended?).to eq(false)
    expect(mediation_case.reload).to have_attributes(outcome: "formal_warning", state: "closed")
    run_enqueued_jobs
    told =
      PostCreator.created.find { _1[:opts][:title]&.start_with?("The decision on your appeal") }[
        :opts
      ]
    expect(told[:target_usernames]).to eq(author.username)
    expect(told[:raw]).to include("lowered to")
  end

  it "keeps the sanction when the appeal upholds it" do
    appeal
    ballot = mediation_case.reload.appeal_ballot
    appeal_voters.each { cast(ballot, _1, "suspension") }
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    expect(author.reload.suspended?).to eq(true)
    expect(mediation_case.reload.outcome).to eq("suspension")
  end

  it "shows the time to appeal and then the appeal's ballot as what happens next, to requesters only where they learn whether action was taken" do
    expect(mediation_case.next_step.to_h).to eq(key: :appeal, at: mediation_case.appeal_closes_at)
    expect(mediation_case.next_step(for_requester: true).to_h).to eq(
      key: :appeal,
      at: mediation_case.appeal_closes_at,
    )
    SiteSetting.mediation_tell_requesters = "nothing"
    expect(mediation_case.next_step(for_requester: true).to_h).to eq(key: :none, at: nil)
    appeal
    expect(mediation_case.reload.next_step.to_h).to eq(
      key: :appeal_decision,
      at: mediation_case.appeal_ballot.closes_at,
    )
  end

  it "tells the person concerned in the outcome message how to appeal" do
    message = DiscourseMediation::Notices::Outcome.new(mediation_case).subject_message
    expect(message).to include("Within 14 days you may appeal once")
    expect(message).not_to include("cannot be appealed")
  end
end
