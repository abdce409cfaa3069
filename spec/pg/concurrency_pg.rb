# frozen_string_literal: true

require_relative "pg_helper"

# Races with real connections in threads: what two people doing the same
# thing at the same moment leaves behind. These examples commit for real, and
# the tables are emptied after each.
RSpec.describe "people acting at the same moment", :concurrent do
  before { configure_mediation }

  it "gives a case to one of two mediators claiming it, and tells the other who has it" do
    mediation_case = ask_for_help
    claimers = [mediator, other_mediator]
    results =
      at_once(2) do |i|
        DiscourseMediation::Case::Claim.call(
          params: {
            case_id: mediation_case.id,
          },
          guardian: claimers[i].guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    loser = results.find(&:failure?)
    winner = claimers[results.index(&:success?)]
    expect(loser["result.policy.in_state"].reason).to include(winner.username)
    expect(mediation_case.reload.mediator_id).to eq(winner.id)
    expect(mediation_case.events.where(action: "claim").count).to eq(1)
  end

  it "makes one case of five members asking about one topic at once" do
    members = Array.new(5) { Fabricate(:member) }
    post_id = post.id
    results =
      at_once(5) do |i|
        DiscourseMediation::HelpRequest::Create.call(
          params: {
            post_id:,
            kind: "deescalate",
          },
          guardian: members[i].guardian,
        )
      end
    expect(results).to all(run_successfully)
    expect(DiscourseMediation::MediationCase.count).to eq(1)
    expect(DiscourseMediation::HelpRequest.count).to eq(5)
    expect(DiscourseMediation::CaseEvent.pluck(:action).tally).to eq(
      "case_opened" => 1,
      "request_added" => 4,
    )
  end

  it "opens one mediators' message when two requests are notified at the same moment" do
    mediation_case = ask_for_help
    ask_for_help(by: Fabricate(:member))
    request_ids = mediation_case.help_requests.pluck(:id)
    at_once(2) do |i|
      run_job(
        Jobs::DiscourseMediation::NotifyMediatorsOfHelpRequest,
        help_request_id: request_ids[i],
      )
    end
    mediators_topics =
      Topic.where(archetype: Archetype.private_message, subtype: TopicSubtype.system_message)
    expect(mediators_topics.count).to eq(1)
    expect(mediators_topics.first.posts.count).to eq(2)
    expect(mediation_case.reload.mediators_topic_id).to eq(mediators_topics.first.id)
  end

  it "adds one item when two admins add the same key at once, and tells the other it is taken" do
    admins = [admin, Fabricate(:admin)]
    results =
      at_once(2) do |i|
        DiscourseMediation::PublishedList::Create.call(
          params: {
            key: "spam-links",
            title: "Spam links",
            description: "Links to sell things",
          },
          guardian: admins[i].guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    loser = results.find(&:failure?)
    refusal =
      loser["result.step.create_behaviour"]&.error || loser["result.policy.key_is_new"] && "taken"
    expect(refusal).to be_present
    expect(DiscourseMediation::Behaviour.where(key: "spam-links").count).to eq(1)
  end

  it "adds a person once when two mediators add them at the same moment" do
    mediation_case = claim(ask_for_help)
    person = Fabricate(:member)
    results =
      at_once(2) do |i|
        DiscourseMediation::Case::AddPerson.call(
          params: {
            case_id: mediation_case.id,
            username: person.username,
          },
          guardian: [mediator, moderator][i].guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    expect(results.find(&:failure?)).to fail_a_policy(:not_involved_yet)
    expect(
      DiscourseMediation::CasePerson.where(case_id: mediation_case.id, user_id: person.id).count,
    ).to eq(1)
  end

  it "counts one vote when a voter votes twice at once" do
    voter = add_voters(3).first
    ballot = open_vote(ask_for_help).ballot
    results =
      at_once(2) do |i|
        DiscourseMediation::Ballot::Cast.call(
          params: {
            ballot_id: ballot.id,
            choice: %w[no_action suspension][i],
          },
          guardian: voter.guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    expect(DiscourseMediation::BallotPaper.where(ballot_id: ballot.id).count).to eq(1)
  end

  it "either counts a vote that races the close or refuses it, never records it uncounted" do
    voter_list = add_voters(3)
    outcomes =
      Array.new(4) do
        ballot = open_vote(ask_for_help(on: Fabricate(:post, user: author))).ballot
        vote, _close =
          at_once(2) do |i|
            if i.zero?
              DiscourseMediation::Ballot::Cast.call(
                params: {
                  ballot_id: ballot.id,
                  choice: "suspension",
                },
                guardian: voter_list.first.guardian,
              )
            else
              DiscourseMediation::BallotBox.close!(
                DiscourseMediation::Ballot.find(ballot.id),
                now: ballot.closes_at,
              )
            end
          end
        ballot.reload
        voted = DiscourseMediation::BallotVoter.where(ballot_id: ballot.id, voted: true).count
        # Counted papers leave a receipt; a paper still there after the close was never counted.
        receipts = DiscourseMediation::BallotReceipt.where(ballot_id: ballot.id).count
        papers = DiscourseMediation::BallotPaper.where(ballot_id: ballot.id).count
        expect([ballot.cast_count + ballot.abstentions, voted, receipts, papers]).to eq(
          vote.success? ? [1, 1, 1, 0] : [0, 0, 0, 0],
        )
        vote.success?
      end
    expect(outcomes.size).to eq(4)
  end

  it "refuses a report save that races its submission, leaving the submitted report as submitted" do
    mediation_case = escalate(ask_for_help)
    succeed(
      DiscourseMediation::Report::Save.call(
        params: report_params(mediation_case),
        guardian: mediator.guardian,
      ),
    )
    results =
      at_once(2) do |i|
        if i.zero?
          DiscourseMediation::Report::Submit.call(
            params: {
              case_id: mediation_case.id,
            },
            guardian: mediator.guardian,
          )
        else
          DiscourseMediation::Report::Save.call(
            params: report_params(mediation_case, what_happened: "", cited_keys: []),
            guardian: mediator.guardian,
          )
        end
      end
    submit, save = results
    report = mediation_case.reload.report
    if submit.success?
      expect(report.what_happened).to eq("Repeated insults in the thread")
      expect(report.citations.map(&:behaviour_key)).to eq(report.cited_keys)
      expect(save).to fail_a_policy(:in_state) if save.failure?
      expect(report.cited_keys).to eq(["personal-attacks"])
    else
      expect(submit).to fail_a_policy(:report_complete)
      expect(mediation_case.state).to eq("report_draft")
    end
  end

  it "makes one report when two first saves race" do
    mediation_case = escalate(ask_for_help)
    results =
      at_once(2) do
        DiscourseMediation::Report::Save.call(
          params: report_params(mediation_case),
          guardian: mediator.guardian,
        )
      end
    expect(results).to all(run_successfully)
    expect(DiscourseMediation::Report.where(case_id: mediation_case.id).count).to eq(1)
  end
end
