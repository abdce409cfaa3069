# frozen_string_literal: true

require_relative "../pg_helper"

# The attacks that played one safeguard against another, each a named example
# (docs/design.md, "Invariants").
RSpec.describe "a decision nobody can steer" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(6) }
  let(:waiting) { submit_report(ask_for_help) }

  def ask_to_step_aside(mediation_case, voter, by: author)
    DiscourseMediation::Statement::RequestRecusal.call(
      params: {
        case_id: mediation_case.id,
        voter_id: voter.id,
        reason: "A friend of the person who asked",
      },
      guardian: by.guardian,
    )
  end

  def decide_request(mediation_case, request, by: moderator, decision: "declined")
    decide_recusal(mediation_case, request, by:, decision:)
  end

  def waive(mediation_case)
    succeed(
      DiscourseMediation::Statement::Waive.call(
        params: {
          case_id: mediation_case.id,
        },
        guardian: author.guardian,
      ),
    )
    mediation_case.reload
  end

  def moderator_messages
    PostCreator.created.select { _1[:opts][:target_group_names].to_s.include?("moderators") }
  end

  describe "the person concerned cannot empty or pick the roll" do
    it "refuses requests that a voter step aside past a third of the roll, with the reason" do
      voter_list
        .first(2)
        .each { |voter| expect(ask_to_step_aside(waiting, voter)).to run_successfully }
      third = ask_to_step_aside(waiting, voter_list[2])
      expect(third).to fail_a_policy(:within_cap)
      expect(third["result.policy.within_cap"].reason).to include("at most 2 of the voters")
      expect(waiting.recusal_requests.count).to eq(2)
    end

    it "lets no waiver skip an undecided request: the vote waits, the moderators are told once, and it opens when decided" do
      request = ask_to_step_aside(waiting, voter_list.first).recusal_request
      mediation_case = waive(waiting)
      expect(mediation_case).to have_attributes(state: "awaiting_statements", ballot: nil)
      expect(mediation_case.events.where(action: "vote_held").map { _1.data["reason"] }).to eq(
        ["recusal_pending"],
      )
      run_job(Jobs::DiscourseMediation::MediationStatementWindows)
      expect(moderator_messages.map { _1[:opts][:title] }.grep(/cannot open yet/).size).to eq(1)

      succeed(decide_request(mediation_case, request))
      expect(mediation_case.reload.state).to eq("voting")
      expect(mediation_case.ballot.eligible_count).to eq(6)
    end
  end

  describe "a ballot opens only with a roll that can decide" do
    it "holds the vote rather than decide No action by default, and opens it once the voter groups can field the minimum" do
      GroupUser
        .where(group_id: voters.id)
        .where.not(user_id: voter_list.first(2).map(&:id))
        .delete_all
      mediation_case = waive(waiting)
      expect(mediation_case.state).to eq("awaiting_statements")
      expect(DiscourseMediation::Ballot.where(case_id: mediation_case.id)).to be_empty
      expect(moderator_messages.last[:opts][:raw]).to include(
        "only 2 members of the voter groups",
        "the 3 ballots",
      )

      add_voters(1)
      run_job(Jobs::DiscourseMediation::MediationStatementWindows)
      expect(mediation_case.reload.state).to eq("voting")
      expect(mediation_case.ballot.eligible_count).to eq(3)
    end
  end

  describe "nobody who acted on a case decides it" do
    it "keeps the report's author, a moderator, from deciding a request that a voter step aside" do
      author_moderator = Fabricate(:moderator, groups: [mediators])
      mediation_case = submit_report(ask_for_help, by: author_moderator)
      request = ask_to_step_aside(mediation_case, voter_list.first).recusal_request
      expect(decide_request(mediation_case, request, by: author_moderator)).to fail_a_policy(
        :not_acted_on_case,
      )
      expect(decide_request(mediation_case, request)).to run_successfully
    end

    it "keeps a moderator who decided one request free to decide the next, and off the roll" do
      first, second = voter_list.first(2).map { ask_to_step_aside(waiting, _1).recusal_request }
      succeed(decide_request(waiting, first))
      GroupUser.create!(group: voters, user: moderator)
      expect(decide_request(waiting.reload, second)).to run_successfully
      expect(DiscourseMediation::BallotBox.case_roll(waiting.reload)).not_to include(moderator.id)
    end

    it "keeps the moderator who imposed the interim measure off the roll" do
      GroupUser.create!(group: voters, user: moderator)
      waiting.update!(urgent: true)
      succeed(
        DiscourseMediation::Case::InterimSuspend.call(
          params: {
            case_id: waiting.id,
            reason: "Threats",
          },
          guardian: moderator.guardian,
        ),
      )
      expect(waive(waiting).ballot.voters.pluck(:user_id)).not_to include(moderator.id)
      expect(DiscourseMediation::BallotView.for(waiting.ballot, moderator)[:recusal_reason]).to eq(
        "acted",
      )
    end

    it "keeps a voter from acting on the case while on its open ballot's roll, until they step aside" do
      voting_moderator = Fabricate(:moderator, groups: [voters])
      ballot = waive(waiting).ballot
      expect(ballot.voters.pluck(:user_id)).to include(voting_moderator.id)
      note = -> do
        DiscourseMediation::Case::AddNote.call(
          params: {
            case_id: waiting.id,
            raw: "Seen",
          },
          guardian: voting_moderator.guardian,
        )
      end
      refused = note.call
      expect(refused).to fail_a_policy(:not_on_open_roll)
      expect(refused["result.policy.not_on_open_roll"].reason).to include(
        "Step aside from the ballot first",
      )
      expect(waiting.notes.count).to eq(0)

      succeed(
        DiscourseMediation::Ballot::StepAside.call(
          params: {
            ballot_id: ballot.id,
            reason: "I know them",
          },
          guardian: voting_moderator.guardian,
        ),
      )
      expect(note.call).to run_successfully
      vote =
        DiscourseMediation::Ballot::Cast.call(
          params: {
            ballot_id: ballot.id,
            choice: "no_action",
          },
          guardian: voting_moderator.guardian,
        )
      expect(vote).to fail_a_policy(:on_the_roll)
      expect(vote["result.policy.on_the_roll"].reason).to include("stepped aside")
    end

    it "keeps a requester who withdrew off the roll" do
      withdrawn = voter_list.first
      mediation_case = ask_for_help(by: withdrawn)
      ask_for_help(by: member)
      request = mediation_case.help_requests.find_by(user_id: withdrawn.id)
      succeed(
        DiscourseMediation::HelpRequest::Withdraw.call(
          params: {
            help_request_id: request.id,
          },
          guardian: withdrawn.guardian,
        ),
      )
      voting = open_vote(mediation_case.reload)
      expect(voting.ballot.voters.pluck(:user_id)).not_to include(withdrawn.id)
    end
  end

  describe "naming a voter as affected takes them off the roll only once a moderator confirms it" do
    let(:named_voter) { voter_list.first }

    def named_case
      mediation_case = escalate(ask_for_help)
      succeed(
        DiscourseMediation::Case::AddPerson.call(
          params: {
            case_id: mediation_case.id,
            username: named_voter.username,
          },
          guardian: mediator.guardian,
        ),
      )
      submit_report(mediation_case, affected_user_ids: [named_voter.id])
    end

    it "holds the vote until a moderator decides, tells the moderators, and shows the person concerned who was named" do
      mediation_case = named_case
      naming = mediation_case.recusal_requests.first
      expect(naming).to have_attributes(kind: "named", voter_id: named_voter.id, decision: nil)
      expect(moderator_messages.last[:opts][:raw]).to include(
        "@#{named_voter.username}",
        "did not act on the case",
      )
      expect(
        statement_page(mediation_case)[:roll].find { _1[:user][:id] == named_voter.id }[:request],
      ).to include(kind: "named", decision: nil)

      expect(waive(mediation_case)).to have_attributes(state: "awaiting_statements", ballot: nil)
      expect(decide_request(mediation_case, naming, by: mediator)).to fail_a_policy(:may_take)
      succeed(decide_request(mediation_case, naming, decision: "declined"))
      expect(mediation_case.reload.ballot.voters.pluck(:user_id)).to include(named_voter.id)
      expect(PostCreator.created.last[:opts]).to include(target_usernames: author.username)
      expect(PostCreator.created.last[:opts][:raw]).to include(
        "The report names @#{named_voter.username} as affected",
      )
    end

    it "takes them off the roll once a moderator confirms, without using the person concerned's requests" do
      mediation_case = named_case
      succeed(
        decide_request(mediation_case, mediation_case.recusal_requests.first, decision: "granted"),
      )
      expect(mediation_case.reload.events.map(&:action)).to include("voter_named", "naming_granted")
      own_request = ask_to_step_aside(mediation_case, voter_list.last)
      expect(own_request).to run_successfully
      succeed(decide_request(mediation_case, own_request.recusal_request))
      voting = waive(mediation_case)
      expect(voting.ballot.voters.pluck(:user_id)).not_to include(named_voter.id)
      expect(DiscourseMediation::BallotView.for(voting.ballot, named_voter)[:recusal_reason]).to eq(
        "affected",
      )
    end
  end

  describe "small leaks" do
    it "shows the reason for a request that a voter step aside only to the moderators who may decide it" do
      named_voter = voter_list.first
      succeed(
        DiscourseMediation::Case::AddNote.call(
          params: {
            case_id: waiting.id,
            raw: "Seen",
          },
          guardian: other_mediator.guardian,
        ),
      )
      request = ask_to_step_aside(waiting, named_voter).recusal_request
      reason_for = ->(user) do
        mediation_case = waiting.reload
        disclosure =
          DiscourseMediation::CaseDisclosure.new(
            mediation_case,
            user.guardian.mediation_roles_on(mediation_case),
          )
        disclosure.recusal_reason(request, user.id)
      end
      GroupUser.create!(group: mediators, user: named_voter)
      voting_moderator = Fabricate(:moderator, groups: [voters])
      expect(reason_for.(moderator)).to eq("A friend of the person who asked")
      expect([mediator, other_mediator, named_voter, voting_moderator].map(&reason_for)).to all(
        be_nil,
      )
    end

    it "shows the person concerned who votes, never why anyone else does not" do
      page = statement_page(waiting)
      expect(page[:roll].map { _1[:user][:id] }).to match_array(voter_list.map(&:id))
      expect(page[:roll].flat_map(&:keys).uniq).to eq(%i[user request])
      expect(page.to_json).not_to include(member.username)
    end

    it "never shows requesters a review date where the site tells them only whether action was taken" do
      mediation_case =
        carry_out(
          decide(ask_for_help, votes: voter_list.first(3).map { [_1, "formal_warning"] }),
          duration_days: nil,
          review_days: 180,
        )
      travel_to(mediation_case.appeal_closes_at + 1.day)
      expect(mediation_case.next_step.to_h).to eq(key: :review, at: mediation_case.review_at)
      expect(mediation_case.next_step(for_requester: true).to_h).to eq(key: :none, at: nil)
      SiteSetting.mediation_tell_requesters = "step"
      expect(mediation_case.next_step(for_requester: true).to_h).to eq(
        key: :review,
        at: mediation_case.review_at,
      )
    end
  end

  describe "a sanction carried out changes only by a decision" do
    let(:appeal_group) { Fabricate(:group) }
    let!(:appeal_voters) { Array.new(3) { Fabricate(:member, groups: [appeal_group]) } }
    let!(:sanctioned) do
      carry_out(
        decide(
          ask_for_help,
          votes: voter_list.first(4).zip(%w[suspension suspension suspension formal_warning]),
        ),
      )
    end

    before { SiteSetting.mediation_appeal_groups = appeal_group.id.to_s }

    def appeal
      DiscourseMediation::Statement::Appeal.call(
        params: {
          case_id: sanctioned.id,
          statement: "I apologised the next day.",
        },
        guardian: author.guardian,
      )
    end

    it "keeps the sanction when the appeal misses its quorum" do
      succeed(appeal)
      ballot = sanctioned.reload.appeal_ballot
      cast(ballot, appeal_voters.first, "no_action")
      DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
      expect(ballot.reload).to have_attributes(quorum_met: false, outcome: "suspension")
      expect(sanctioned.reload.outcome).to eq("suspension")
      expect(author.reload.suspended_till).to be > 20.days.from_now
    end

    it "refuses an appeal the appeal groups cannot decide, saying why, and changes nothing" do
      appeal_voters.last.destroy!
      expect(appeal).to fail_a_policy(:appeal_open)
      expect(
        I18n.t("discourse_mediation.errors.appeal_closed.#{sanctioned.appeal_refusal}"),
      ).to include("cannot field enough voters")
      expect(sanctioned.reload).to have_attributes(appealed_at: nil, appeal_ballot: nil)
    end

    it "keeps the moderator who carried out the sanction off the appeal's roll" do
      GroupUser.create!(group: appeal_group, user: moderator)
      succeed(appeal)
      expect(sanctioned.reload.appeal_ballot.voters.pluck(:user_id)).not_to include(moderator.id)
    end
  end
end
