# frozen_string_literal: true

require_relative "pg_helper"

# An attacker's view of a penalty the plugin sets. Discourse shows a
# suspension's reason on the member's profile to everyone by default
# (hide_suspension_reasons), and keeps a silence's reason in the staff action
# log and the events other plugins hear: all of it says only that a case
# exists, with a link to the statement page, which a visitor cannot open. What
# the moderator wrote, what the report cited and what the post was about reach
# the person concerned alone, in the plugin's message, and stay on the case
# timeline.
RSpec.describe "the reason Discourse keeps for the plugin's penalties" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }
  let(:secret) { "Called @alice a liar in the thread about her divorce" }
  let(:cited_title) { DiscourseMediation::Behaviour.find_by(key: "personal-attacks").title }

  before { topic.update!(title: "Her divorce and the community's fundraiser") }

  # Every string core's suspender and silencer were handed for this member,
  # logged in the staff action log about them, or passed to the events that
  # other plugins hear.
  def kept_by_core(user)
    handed =
      (UserSuspender.calls + UserSilencer.calls).filter_map do |action, user_id, opts|
        opts[:reason] if %i[suspend silence].include?(action) && user_id == user.id
      end
    heard =
      DiscourseEvent.triggered.filter_map do |name, _args, kwargs|
        kwargs[:reason] if %i[user_suspended user_silenced].include?(name) && kwargs[:user] == user
      end
    logged =
      StaffActionLogger
        .logged
        .select { _1[:target_user_id] == user.id }
        .flat_map { _1[:details].values.grep(String) }
    handed + heard + logged
  end

  def statement_url(mediation_case)
    "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}/statement"
  end

  def expect_only_the_neutral_sentence(mediation_case, *other_private_texts)
    kept = kept_by_core(author)
    expect(kept).not_to be_empty
    sentence = I18n.t("discourse_mediation.penalty_reason", url: statement_url(mediation_case))
    expect(kept.map { _1.delete_prefix("silenced_by_staff: ") }.uniq).to eq([sentence])
    expect(sentence).to end_with(statement_url(mediation_case))
    expect(kept.join("\n")).not_to include(
      secret,
      *other_private_texts,
      cited_title,
      "personal-attacks",
      topic.title,
      post.raw,
    )
    expect(Guardian.new.can_see_mediation_statement_page?(mediation_case)).to eq(false)
    expect(member.guardian.can_see_mediation_statement_page?(mediation_case)).to eq(false)
  end

  def message_to_author(title_start)
    PostCreator
      .created
      .find do
        _1[:opts][:target_usernames] == author.username &&
          _1[:opts][:title]&.start_with?(title_start)
      end
      &.dig(:opts, :raw)
  end

  describe "an interim measure" do
    let!(:mediation_case) { escalate(ask_for_help(kind: "unsafe")) }

    def impose
      succeed(
        DiscourseMediation::Case::InterimSuspend.call(
          params: {
            case_id: mediation_case.id,
            reason: secret,
          },
          guardian: moderator.guardian,
        ),
      )
    end

    it "silences with the neutral sentence; the moderator's words go to the member and the timeline" do
      impose
      expect(author.reload.silenced_till).to be_present
      expect_only_the_neutral_sentence(mediation_case)
      expect(message_to_author("A measure until the decision")).to include(secret)
      expect(mediation_case.events.find_by(action: "interim_suspension").data).to include(
        "reason" => secret,
      )
    end

    it "suspends with the neutral sentence too" do
      SiteSetting.mediation_interim_measure = "suspend"
      impose
      expect(author.reload.suspended?).to eq(true)
      expect_only_the_neutral_sentence(mediation_case)
      expect(message_to_author("A measure until the decision")).to include(secret)
    end
  end

  describe "a carried-out outcome" do
    it "suspends with the neutral sentence; the member reads the reasons and what was cited" do
      mediation_case =
        carry_out(
          decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension formal_warning])),
          reason: secret,
        )
      expect(author.reload.suspended?).to eq(true)
      expect_only_the_neutral_sentence(mediation_case)
      expect(message_to_author("The outcome of the report")).to include(secret, cited_title)
      expect(mediation_case.outcome_reason).to eq(secret)
      expect(author.guardian.can_see_mediation_statement_page?(mediation_case)).to eq(true)
    end

    it "silences a cool-down with the neutral sentence, whatever the moderator wrote about the change" do
      change = "They apologised to @alice in private"
      mediation_case =
        carry_out(
          decide(
            ask_for_help,
            votes: voter_list.zip(%w[suspension suspension cool_down]),
            recommended_keys: %w[cool_down suspension],
          ),
          step_key: "cool_down",
          duration_days: 7,
          reason: secret,
          change_reason: change,
        )
      expect(author.reload.silenced_till).to be_present
      expect(mediation_case.outcome).to eq("cool_down")
      expect_only_the_neutral_sentence(mediation_case, change)
      expect(message_to_author("The outcome of the report")).to include(secret, change)
    end

    it "keeps the neutral sentence when an appeal lowers it to a cool-down" do
      appeal_group = Fabricate(:group)
      appeal_voters = Array.new(3) { Fabricate(:member, groups: [appeal_group]) }
      SiteSetting.mediation_appeal_groups = appeal_group.id.to_s
      mediation_case =
        carry_out(
          decide(
            ask_for_help,
            votes: voter_list.zip(%w[suspension suspension suspension]),
            recommended_keys: %w[cool_down suspension],
          ),
          reason: secret,
        )
      appeal = "I was defending @alice, read the whole thread"
      succeed(
        DiscourseMediation::Statement::Appeal.call(
          params: {
            case_id: mediation_case.id,
            statement: appeal,
          },
          guardian: author.guardian,
        ),
      )
      ballot = mediation_case.reload.appeal_ballot
      appeal_voters.each { cast(ballot, _1, "cool_down") }
      DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
      expect(author.reload).to have_attributes(suspended_till: nil, silenced_till: be_present)
      expect(mediation_case.reload.outcome).to eq("cool_down")
      expect_only_the_neutral_sentence(mediation_case, appeal)
    end
  end
end
