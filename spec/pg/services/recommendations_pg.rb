# frozen_string_literal: true

require_relative "../pg_helper"

# Recommendations to other spaces: once a sanction is carried out a moderator
# records what the people who run other spaces the person concerned is active
# in should know, and for which spaces; the person concerned is shown it and
# may answer it; only then does a moderator mark it passed on. Nothing leaves
# the forum.
RSpec.describe "recommendations to other spaces" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let!(:mediation_case) do
    carry_out(decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension suspension])))
  end
  let(:spaces) { ["GitHub repository", "Matrix chat"] }

  def recommend(by: moderator, text: "Keep them out of triage until the suspension ends.", **over)
    DiscourseMediation::Case::Recommend.call(
      params: {
        case_id: mediation_case.id,
        text:,
        spaces:,
        **over,
      },
      guardian: by.guardian,
    )
  end

  def answer(recommendation, by: author, reason: "I will step back from triage.")
    DiscourseMediation::Statement::AnswerRecommendation.call(
      params: {
        case_id: mediation_case.id,
        recommendation_id: recommendation.id,
        reason:,
      },
      guardian: by.guardian,
    )
  end

  def pass_on(recommendation, by: moderator)
    DiscourseMediation::Case::PassOnRecommendation.call(
      params: {
        case_id: mediation_case.id,
        recommendation_id: recommendation.id,
      },
      guardian: by.guardian,
    )
  end

  def made
    succeed(recommend)
    mediation_case.recommendations.reload.last
  end

  def messages_to(user)
    Topic.private_messages.where(id: TopicAllowedUser.where(user_id: user.id).select(:topic_id))
  end

  describe DiscourseMediation::Case::Recommend do
    it "records the text and the spaces on the case and its timeline" do
      expect(
        recommend(spaces: ["  GitHub repository ", "", "github repository", "Matrix chat"]),
      ).to(run_successfully)
      recommendation = mediation_case.recommendations.reload.sole
      expect(recommendation).to have_attributes(
        text: "Keep them out of triage until the suspension ends.",
        spaces: ["GitHub repository", "Matrix chat"],
        created_by_id: moderator.id,
        passed_on_at: nil,
      )
      expect(mediation_case.events.last).to have_attributes(
        action: "recommendation_made",
        user_id: moderator.id,
      )
    end

    it "shows it to the person concerned first, and tells the moderators which spaces, once" do
      succeed(recommend)
      run_enqueued_jobs
      Jobs::DiscourseMediation::TellRecommendation.new.execute(
        recommendation_id: mediation_case.recommendations.sole.id,
        what: "made",
      )
      to_author = messages_to(author).where("title LIKE ?", "A recommendation%")
      expect(to_author.count).to eq(1)
      raw = to_author.first.first_post.raw
      expect(raw).to include("> Keep them out of triage until the suspension ends.")
      expect(raw).to include("- `GitHub repository`", "- `Matrix chat`", "/statement")
      to_moderators =
        Topic.where("title LIKE ?", "A recommendation to other spaces to pass on%").to_a
      expect(to_moderators.size).to eq(1)
      expect(to_moderators.first.first_post.raw).to include("- `Matrix chat`")
      expect(to_moderators.first.first_post.raw).not_to include("triage")
      expect(messages_to(member).where("title LIKE ?", "A recommendation%")).to be_empty
    end

    it "keeps a space's name from becoming a link in the messages" do
      succeed(recommend(spaces: ["[chat](https://evil.example)"]))
      run_enqueued_jobs
      raw = messages_to(author).where("title LIKE ?", "A recommendation%").first.first_post.raw
      expect(raw).to include("- `[chat](https://evil.example)`")
    end

    it "keeps a space's name from mentioning, drawing an emoji or making a onebox" do
      succeed(recommend(spaces: ["@admin :smile: https://evil.example", "a`b"]))
      run_enqueued_jobs
      raw = messages_to(author).where("title LIKE ?", "A recommendation%").first.first_post.raw
      expect(raw).to include("- `@admin :smile: https://evil.example`", "- ``a`b``")
      expect(raw).not_to match(/^- @admin/)
    end

    context "with bad input" do
      {
        "an empty text" => [{ text: "   " }, "Write the recommendation"],
        "a text too long" => [{ text: "a" * 2001 }, "2000 characters"],
        "no spaces" => [{ spaces: [] }, "at least one space"],
        "only blank spaces" => [{ spaces: ["  ", ""] }, "at least one space"],
        "too many spaces" => [{ spaces: %w[a b c d e f] }, "at most 5 spaces"],
        "a space's name too long" => [{ spaces: ["a" * 61] }, "60 characters"],
      }.each do |what, (params, words)|
        it "refuses #{what}, saying what is wrong, and records nothing" do
          result = recommend(**params)
          expect(result).to fail_a_contract
          expect(result["result.contract.default"].errors.full_messages.join).to include(words)
          expect(mediation_case.recommendations.reload).to be_empty
        end
      end
    end

    it "refuses the same text twice, and more than the limit" do
      succeed(recommend)
      expect(recommend).to fail_a_policy(:not_a_repeat)
      4.times { |n| succeed(recommend(text: "Recommendation #{n}")) }
      expect(recommend(text: "One too many")).to fail_a_policy(:within_limit)
      expect(mediation_case.recommendations.reload.size).to eq(5)
    end

    it "is for moderators only: not the mediator, the requester, a voter or the person concerned" do
      [mediator, member, voter_list.first, author, other_mediator].each do |user|
        expect(recommend(by: user)).to fail_a_policy(:may_take)
      end
      expect(mediation_case.recommendations.reload).to be_empty
    end

    it "needs a carried-out sanction: not before the outcome is carried out, not after No action" do
      undecided =
        decide(
          ask_for_help(on: Fabricate(:post, user: author)),
          votes: voter_list.zip(%w[suspension suspension suspension]),
        )
      result = recommend(case_id: undecided.id)
      expect(result).to fail_a_policy(:in_state)

      no_action =
        carry_out(
          decide(
            ask_for_help(on: Fabricate(:post, user: author)),
            votes: voter_list.zip(%w[no_action no_action no_action]),
          ),
          duration_days: nil,
        )
      expect(recommend(case_id: no_action.id)).to fail_a_policy(:sanctioned)
    end
  end

  describe DiscourseMediation::Statement::AnswerRecommendation do
    it "keeps the person concerned's answer once, and tells the moderators" do
      recommendation = made
      expect(answer(recommendation, reason: "  I will step back.  ")).to run_successfully
      expect(recommendation.reload).to have_attributes(answer: "I will step back.")
      expect(recommendation.answered_at).to be_present
      expect(answer(recommendation)).to fail_a_policy(:answer_open)
      run_enqueued_jobs
      Jobs::DiscourseMediation::TellRecommendation.new.execute(
        recommendation_id: recommendation.id,
        what: "answered",
      )
      expect(
        Topic.where("title LIKE ?", "A recommendation to other spaces to pass on%").count,
      ).to eq(2)
    end

    it "refuses an empty or too long answer, anyone but the person concerned, and after its time" do
      recommendation = made
      expect(answer(recommendation, reason: " ")).to fail_a_contract
      expect(answer(recommendation, reason: "a" * 2001)).to fail_a_contract
      [moderator, mediator, member, voter_list.first].each do |user|
        expect(answer(recommendation, by: user)).to fail_a_policy(:may_take)
      end
      travel_to(recommendation.answer_until + 1.minute)
      expect(answer(recommendation)).to fail_a_policy(:answer_open)
      expect(recommendation.reload.answer).to be_nil
    end

    it "finds only the case's own recommendations" do
      result =
        DiscourseMediation::Statement::AnswerRecommendation.call(
          params: {
            case_id: mediation_case.id,
            recommendation_id: -1,
            reason: "Hello",
          },
          guardian: author.guardian,
        )
      expect(result).to fail_to_find_a_model(:recommendation)
    end
  end

  describe DiscourseMediation::Case::PassOnRecommendation do
    it "waits for the person concerned's answer or the end of their time, then records who and when, once" do
      recommendation = made
      expect(pass_on(recommendation)).to fail_a_policy(:passable)
      travel_to(recommendation.answer_until + 1)
      expect(pass_on(recommendation)).to run_successfully
      expect(recommendation.reload).to have_attributes(passed_on_by_id: moderator.id)
      expect(recommendation.passed_on_at).to be_present
      expect(mediation_case.events.last.action).to eq("recommendation_passed_on")
      expect(pass_on(recommendation)).to fail_a_policy(:passable)
    end

    it "may be passed on as soon as the person concerned answered" do
      recommendation = made
      succeed(answer(recommendation))
      expect(pass_on(recommendation)).to run_successfully
    end

    it "is for moderators only" do
      recommendation = made
      succeed(answer(recommendation))
      [mediator, member, author, voter_list.first].each do |user|
        expect(pass_on(recommendation, by: user)).to fail_a_policy(:may_take)
      end
      expect(recommendation.reload.passed_on_at).to be_nil
    end
  end

  it "counts recording or passing one on as acting on the case: off the roll of an appeal" do
    recommendation = made
    succeed(answer(recommendation))
    other = Fabricate(:moderator)
    succeed(pass_on(recommendation, by: other))
    acted = mediation_case.reload.acted_ids
    expect(acted).to include(moderator.id, other.id)
  end

  describe "who sees it" do
    before { succeed(recommend) }

    it "shows it on the case page to the moderators and the case's mediator, never to other mediators" do
      expect(case_page(mediation_case, moderator)[:recommendations].map { _1[:spaces] }).to eq(
        [spaces],
      )
      expect(case_page(mediation_case, mediator)[:recommendations].size).to eq(1)
      expect(case_page(mediation_case, mediator)[:recommendations].first[:can_pass_on]).to eq(false)
      expect(case_page(mediation_case, other_mediator)[:recommendations]).to eq([])
      actions = ->(user) { case_page(mediation_case, user)[:timeline].map { _1[:action] } }
      expect(actions.(moderator)).to include("recommendation_made")
      expect(actions.(mediator)).to include("recommendation_made")
      expect(actions.(other_mediator)).not_to include("recommendation_made")
      expect(actions.(other_mediator)).to include("implement")
    end

    it "shows it to the person concerned on their page, answerable, and to nobody else there" do
      page = statement_page(mediation_case, author)
      expect(page[:recommendations].sole).to include(
        text: "Keep them out of triage until the suspension ends.",
        spaces:,
        can_answer: true,
        created_by: nil,
        passed_on_by: nil,
      )
      expect(statement_page(mediation_case, mediator)[:recommendations]).to eq([])
    end

    it "is not in the requester's list, the transparency report or the published report topic" do
      json =
        DiscourseMediation::MyHelpRequestSerializer.new(
          mediation_case.help_requests.first,
          scope: member.guardian,
          root: false,
        ).as_json
      expect(json.to_s).not_to include("triage", "Matrix")
      outside_author =
        Post.where("raw LIKE ?", "%triage%").where.not(topic_id: messages_to(author).select(:id))
      expect(outside_author.count).to eq(0)
    end
  end
end

RSpec.describe "recommendations to other spaces, in the wrong shape or blank" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let!(:mediation_case) do
    carry_out(decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension suspension])))
  end

  def recommend(text: "Keep them out of triage.", spaces: ["Matrix chat"])
    DiscourseMediation::Case::Recommend.call(
      params: {
        case_id: mediation_case.id,
        text:,
        spaces:,
      },
      guardian: moderator.guardian,
    )
  end

  def errors_of(result)
    result["result.contract.default"].errors.full_messages.join
  end

  {
    "a hash of spaces" => [{ spaces: { "0" => "Matrix chat" } }, "list of names"],
    "nested lists of spaces" => [{ spaces: [["Matrix chat"]] }, "list of names"],
    "a number for a space" => [{ spaces: [16] }, "list of names"],
    "a single string for the spaces" => [{ spaces: "Matrix chat" }, "list of names"],
    "a text that is not text" => [{ text: ["Keep out"] }, "plain text"],
    "a hash for the text" => [{ text: { "a" => "b" } }, "plain text"],
    "six spaces, even if some repeat" => [{ spaces: %w[a b c d e A] }, "at most 5 spaces"],
    "a text of Unicode blanks" => [
      { text: "\u00A0\u200B\u2060\uFEFF " },
      "Write the recommendation",
    ],
    "spaces of Unicode blanks" => [{ spaces: ["\u00A0", "\u200B\u200C"] }, "at least one space"],
  }.each do |what, (params, words)|
    it "refuses #{what} with a clear message, and records nothing" do
      result = recommend(**params)
      expect(result).to fail_a_contract
      expect(errors_of(result)).to include(words)
      expect(mediation_case.recommendations.reload).to be_empty
    end
  end

  it "keeps numeric-looking names as written, and trims Unicode blanks" do
    succeed(
      recommend(
        text: "\u200B\u00A0Keep them out.\u00A0",
        spaces: ["0x10", "\u00A0Matrix\u00A0\u200Bchat\u200B"],
      ),
    )
    expect(mediation_case.recommendations.reload.sole).to have_attributes(
      text: "Keep them out.",
      spaces: ["0x10", "Matrix chat"],
    )
  end

  it "refuses an answer of Unicode blanks, saying the limit" do
    succeed(recommend)
    result =
      DiscourseMediation::Statement::AnswerRecommendation.call(
        params: {
          case_id: mediation_case.id,
          recommendation_id: mediation_case.recommendations.reload.sole.id,
          reason: "\u200B\u00A0\u2060",
        },
        guardian: author.guardian,
      )
    expect(result).to fail_a_contract
    expect(errors_of(result)).to include("2000 characters")
  end
end

RSpec.describe "who reads recommendations to other spaces" do
  before { configure_mediation }

  let(:appeal_group) { Fabricate(:group) }
  let!(:voter_list) { add_voters(3) }
  let!(:mediation_case) do
    carry_out(decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension suspension])))
  end

  before do
    SiteSetting.mediation_appeal_groups = appeal_group.id.to_s
    succeed(
      DiscourseMediation::Case::Recommend.call(
        params: {
          case_id: mediation_case.id,
          text: "Keep them out of triage.",
          spaces: ["Matrix chat"],
        },
        guardian: moderator.guardian,
      ),
    )
  end

  def disclosure_for(user)
    DiscourseMediation::CaseDisclosure.new(
      mediation_case.reload,
      user.guardian.mediation_roles_on(mediation_case),
    )
  end

  def reads?(user)
    disclosure = disclosure_for(user)
    recommendation_event = mediation_case.events.find { _1.action == "recommendation_made" }
    seen = disclosure.recommendations(user.id).any?
    expect(disclosure.shows_event?(recommendation_event, user.id)).to eq(seen)
    seen
  end

  it "is not unlocked by adding a note: a mediator who only noted does not read them" do
    expect(reads?(other_mediator)).to eq(false)
    succeed(
      DiscourseMediation::Case::AddNote.call(
        params: {
          case_id: mediation_case.id,
          raw: "Noting to read the recommendations.",
        },
        guardian: other_mediator.guardian,
      ),
    )
    expect(mediation_case.reload.mediator_ids).to include(other_mediator.id)
    expect(reads?(other_mediator)).to eq(false)
    expect(reads?(mediator)).to eq(true)
  end

  it "is never for a voter, the person concerned on the case page, or the requester" do
    expect(reads?(voter_list.first)).to eq(false)
    expect(reads?(member)).to eq(false)
    expect(reads?(author)).to eq(false)
    expect(statement_page(mediation_case, member)[:recommendations]).to eq([])
  end

  it "is never for someone the report names as affected" do
    affected = Fabricate(:member)
    other = Fabricate(:member)
    asked = ask_for_help(on: Fabricate(:post, user: other), by: affected, consent_to_be_named: true)
    ballot = open_vote(asked, by: other, affected_user_ids: [affected.id]).ballot
    voter_list.each { cast(ballot, _1, "suspension") }
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    named = carry_out(asked.reload)
    succeed(
      DiscourseMediation::Case::Recommend.call(
        params: {
          case_id: named.id,
          text: "Keep them out.",
          spaces: ["Matrix chat"],
        },
        guardian: moderator.guardian,
      ),
    )
    expect(named.reload.affected_ids).to include(affected.id)
    roles = affected.guardian.mediation_roles_on(named)
    expect(DiscourseMediation::CaseDisclosure.new(named, roles).recommendations(affected.id)).to eq(
      [],
    )
    expect(statement_page(named, affected)[:recommendations]).to eq([])
    expect(statement_page(named, other)[:recommendations].size).to eq(1)
  end

  it "is not for a moderator on the roll of the open appeal ballot" do
    on_roll = Fabricate(:moderator)
    Array.new(2) { Fabricate(:member, groups: [appeal_group]) }
    GroupUser.create!(group: appeal_group, user: on_roll)
    expect(reads?(on_roll)).to eq(true)
    succeed(
      DiscourseMediation::Statement::Appeal.call(
        params: {
          case_id: mediation_case.id,
          statement: "I apologised.",
        },
        guardian: author.guardian,
      ),
    )
    expect(mediation_case.reload.appeal_ballot.voters.pluck(:user_id)).to include(on_roll.id)
    expect(reads?(on_roll)).to eq(false)
  end
end

RSpec.describe "recommendations to other spaces and the outcome" do
  before { configure_mediation }

  let(:appeal_group) { Fabricate(:group) }
  let!(:voter_list) { add_voters(3) }
  let!(:appeal_voters) { Array.new(3) { Fabricate(:member, groups: [appeal_group]) } }
  let(:votes) { %w[suspension suspension no_action] }
  let!(:mediation_case) { carry_out(decide(ask_for_help, votes: voter_list.zip(votes))) }

  before { SiteSetting.mediation_appeal_groups = appeal_group.id.to_s }

  def recommend(text: "Keep them out of triage.")
    DiscourseMediation::Case::Recommend.call(
      params: {
        case_id: mediation_case.id,
        text:,
        spaces: ["Matrix chat"],
      },
      guardian: moderator.guardian,
    )
  end

  def pass_on(recommendation)
    DiscourseMediation::Case::PassOnRecommendation.call(
      params: {
        case_id: mediation_case.id,
        recommendation_id: recommendation.id,
      },
      guardian: moderator.guardian,
    )
  end

  def answer(recommendation)
    DiscourseMediation::Statement::AnswerRecommendation.call(
      params: {
        case_id: mediation_case.id,
        recommendation_id: recommendation.id,
        reason: "I will step back.",
      },
      guardian: author.guardian,
    )
  end

  def appeal
    succeed(
      DiscourseMediation::Statement::Appeal.call(
        params: {
          case_id: mediation_case.id,
          statement: "I apologised.",
        },
        guardian: author.guardian,
      ),
    )
    mediation_case.reload.appeal_ballot
  end

  def case_json
    case_page(mediation_case, moderator)
  end

  def made
    succeed(recommend)
    mediation_case.recommendations.reload.last
  end

  describe "a suspended person concerned" do
    it "has their time to answer counted from the end of the suspension" do
      recommendation = made
      ends_at = mediation_case.sanction_ends_at
      expect(ends_at).to be > 20.days.from_now
      expect(recommendation.answer_until).to eq_time(ends_at + 3.days)
      travel_to(recommendation.created_at + 3.days + 1.minute)
      expect(pass_on(recommendation)).to fail_a_policy(:passable)
      expect(statement_page(mediation_case)[:recommendations].sole[:can_answer]).to eq(true)
      travel_to(ends_at + 1.day)
      expect(answer(recommendation)).to run_successfully
      expect(pass_on(recommendation)).to run_successfully
    end

    it "tells the moderators until when, counted from the suspension's end" do
      recommendation = made
      run_enqueued_jobs
      raw =
        Topic
          .where("title LIKE ?", "A recommendation to other spaces to pass on%")
          .sole
          .first_post
          .raw
      expect(raw).to include(
        DiscourseMediation::Notices::SystemMessage.time(mediation_case.sanction_ends_at + 3.days),
        "from the end of the suspension",
      )
      expect(recommendation.answer_until).to be > recommendation.created_at + 20.days
    end

    it "counts from when it is made once the suspension has ended" do
      travel_to(mediation_case.sanction_ends_at + 2.days)
      recommendation = made
      expect(recommendation.answer_until).to eq_time(recommendation.created_at + 3.days)
    end
  end

  context "when the outcome only silences" do
    let(:votes) { %w[cool_down cool_down cool_down] }
    let!(:mediation_case) do
      carry_out(
        decide(ask_for_help, votes: voter_list.zip(votes), recommended_keys: %w[cool_down]),
        duration_days: 7,
      )
    end

    it "counts three days from when it is made" do
      recommendation = made
      expect(mediation_case.sanction_ends_at).to be_present
      expect(recommendation.answer_until).to eq_time(recommendation.created_at + 3.days)
    end
  end

  describe "an appeal" do
    it "stops recommending and passing on while its ballot is open" do
      recommendation = made
      succeed(answer(recommendation))
      expect(case_json[:available_actions]).to include(:recommend)
      appeal
      expect(recommend(text: "Another")).to fail_a_policy(:no_open_appeal)
      result = pass_on(recommendation)
      expect(result).to fail_a_policy(:passable)
      expect(result["result.policy.passable"].reason).to include("appeal")
      json = case_json
      expect(json[:available_actions]).not_to include(:recommend)
      expect(json[:recommendations].sole[:can_pass_on]).to eq(false)
    end

    it "leaves nothing to answer or pass on once it lowers the outcome to No action" do
      recommendation = made
      ballot = appeal
      appeal_voters.each { cast(ballot, _1, "no_action") }
      DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
      expect(mediation_case.reload.outcome).to eq("no_action")
      expect(statement_page(mediation_case)[:recommendations].sole).to include(
        can_answer: false,
        withdrawn: true,
      )
      expect(answer(recommendation)).to fail_a_policy(:answer_open)
      travel_to(recommendation.created_at + 40.days)
      result = pass_on(recommendation)
      expect(result).to fail_a_policy(:passable)
      expect(result["result.policy.passable"].reason).to include("no longer a sanction")
      json = case_json
      expect(json[:recommendations].sole).to include(can_pass_on: false, withdrawn: true)
      expect(json[:available_actions]).not_to include(:recommend)
    end

    it "lets it be passed on again once the appeal upholds the sanction" do
      recommendation = made
      succeed(answer(recommendation))
      ballot = appeal
      appeal_voters.each { cast(ballot, _1, "suspension") }
      DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
      expect(case_json[:recommendations].sole).to include(can_pass_on: true, withdrawn: false)
      expect(pass_on(recommendation)).to run_successfully
    end
  end

  context "after No action" do
    let(:votes) { %w[no_action no_action no_action] }
    let!(:mediation_case) do
      carry_out(decide(ask_for_help, votes: voter_list.zip(votes)), duration_days: nil)
    end

    it "does not offer to recommend" do
      expect(case_json[:available_actions]).not_to include(:recommend)
      expect(case_json[:available_actions]).to be_present
    end
  end
end

# Two moderators pressing at the same moment: the case's row lock serves one
# after the other, so the second sees the first's recommendation.
RSpec.describe "recommending twice at the same moment", :concurrent do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }

  it "records one recommendation and refuses the other as a double submission" do
    mediation_case =
      carry_out(decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension suspension])))
    moderators = [moderator, Fabricate(:moderator)]
    results =
      at_once(2) do |i|
        DiscourseMediation::Case::Recommend.call(
          params: {
            case_id: mediation_case.id,
            text: "Keep them out of triage.",
            spaces: ["Matrix chat"],
          },
          guardian: moderators[i].guardian,
        )
      end
    expect(results.count(&:success?)).to eq(1)
    expect(results.find(&:failure?)).to fail_a_policy(:not_a_repeat)
    expect(mediation_case.recommendations.reload.size).to eq(1)
  end
end
