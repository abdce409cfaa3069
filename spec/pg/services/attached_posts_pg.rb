# frozen_string_literal: true

require_relative "../pg_helper"

# Several posts per case: the case's mediator attaches further posts, from
# any topic the mediator groups can read, each with a note; the report cites
# them, and everyone who reads the report sees them.
RSpec.describe "posts attached to a case" do
  before { configure_mediation }

  let!(:mediation_case) { claim(ask_for_help) }
  let(:other_topic) { Fabricate(:topic) }
  let(:earlier_post) { Fabricate(:post, topic: other_topic, user: author) }

  def link_to(post)
    "#{Discourse.base_url}/t/#{post.topic.slug}/#{post.topic_id}/#{post.post_number}?u=someone"
  end

  def attach(
    post = earlier_post,
    by: mediator,
    url: link_to(post),
    note: "Same tone, a week earlier"
  )
    DiscourseMediation::Case::AttachPost.call(
      params: {
        case_id: mediation_case.id,
        url:,
        note:,
      },
      guardian: by.guardian,
    )
  end

  def detach(attached_post_id, by: mediator)
    DiscourseMediation::Case::DetachPost.call(
      params: {
        case_id: mediation_case.id,
        attached_post_id:,
      },
      guardian: by.guardian,
    )
  end

  def only(list)
    expect(list.size).to eq(1)
    list.first
  end

  def what_the_case_keeps
    [mediation_case.attached_posts.reload.pluck(:post_id, :note), mediation_case.events.count]
  end

  describe DiscourseMediation::Case::AttachPost do
    it "attaches a post from another topic by the link its share button copies, and says so on the timeline" do
      expect(attach(note: "  Same tone, a week earlier  ")).to run_successfully
      expect(what_the_case_keeps.first).to eq([[earlier_post.id, "Same tone, a week earlier"]])
      expect(mediation_case.events.last).to have_attributes(
        action: "post_attached",
        user_id: mediator.id,
      )
      expect(mediation_case.events.last.data).to include("post_id" => earlier_post.id)
    end

    it "reads a relative link and a post's short link too" do
      expect(attach(url: "/t/#{other_topic.id}/#{earlier_post.post_number}")).to run_successfully
      another = Fabricate(:post, topic: other_topic, user: author)
      expect(attach(another, url: "/p/#{another.id}")).to run_successfully
      expect(mediation_case.attached_posts.pluck(:post_id)).to eq([earlier_post.id, another.id])
    end

    it "lets a moderator attach, and refuses a mediator who does not have the case" do
      expect(attach(by: other_mediator)).to fail_a_policy(:may_take)
      expect(attach(by: member)).to fail_a_policy(:may_take)
      expect(attach(by: moderator)).to run_successfully
    end

    context "when the text is not a link to a post on this forum" do
      [
        "",
        "the thread last week",
        "https://elsewhere.example/t/x/1/2",
        "/u/alice",
        "javascript:alert(1)",
      ].each do |url|
        it "refuses #{url.inspect} with a clear reason and keeps nothing" do
          result = nil
          expect { result = attach(url:) }.not_to change { what_the_case_keeps }
          expect(result).to fail_a_contract
          expect(result["result.contract.default"].errors.full_messages).to eq(
            [I18n.t("discourse_mediation.errors.attached_posts.not_a_post_link")],
          )
        end
      end
    end

    it "asks for a note, and refuses one that is too long" do
      expect(attach(note: "   ")).to fail_a_contract
      result = attach(note: "x" * (DiscourseMediation::AttachedPost::NOTE_MAX_LENGTH + 1))
      expect(result).to fail_a_contract
      expect(result["result.contract.default"].errors.full_messages.join).to include(
        DiscourseMediation::AttachedPost::NOTE_MAX_LENGTH.to_s,
      )
      expect(what_the_case_keeps.first).to eq([])
    end

    it "answers as if there were no post for one that does not exist, was deleted, or the mediator cannot read" do
      expect(attach(url: "/t/#{other_topic.id}/99")).to fail_to_find_a_model(:post)
      earlier_post.update!(deleted_at: Time.zone.now)
      expect(attach).to fail_to_find_a_model(:post)
      hidden = Fabricate(:topic, category: Fabricate(:category, read_restricted: true))
      expect(attach(Fabricate(:post, topic: hidden))).to fail_to_find_a_model(:post)
      private_message = Fabricate(:private_message_topic, user: member, recipient: author)
      expect(attach(Fabricate(:post, topic: private_message))).to fail_to_find_a_model(:post)
    end

    it "refuses a whisper and a post hidden by flags, even to a moderator who can read them" do
      reason = ->(result) { result["result.policy.attachable"].reason }
      whisper = Fabricate(:post, topic: other_topic, post_type: Post.types[:whisper])
      expect(reason.(attach(whisper, by: moderator))).to eq(
        I18n.t("discourse_mediation.errors.attached_posts.not_public"),
      )
      hidden = Fabricate(:post, topic: other_topic, hidden: true)
      expect(reason.(attach(hidden, by: moderator))).to eq(
        I18n.t("discourse_mediation.errors.attached_posts.not_public"),
      )
    end

    it "refuses a post in a private message even to a mediator who is in it" do
      conversation = Fabricate(:private_message_topic, user: mediator, recipient: author)
      result = attach(Fabricate(:post, topic: conversation, user: author))
      expect(result).to fail_a_policy(:attachable)
      expect(result["result.policy.attachable"].reason).to eq(
        I18n.t("discourse_mediation.errors.attached_posts.private_message"),
      )
    end

    it "refuses a post that this mediator may read but the mediator groups may not" do
      staff_only = Fabricate(:category, read_restricted: true)
      private_group = Fabricate(:group)
      CategoryGroup.create!(category: staff_only, group: private_group)
      GroupUser.create!(group: private_group, user: mediator)
      result = attach(Fabricate(:post, topic: Fabricate(:topic, category: staff_only)))
      expect(result).to fail_a_policy(:attachable)
      expect(result["result.policy.attachable"].reason).to eq(
        I18n.t("discourse_mediation.errors.attached_posts.mediators_cannot_read"),
      )
      CategoryGroup.create!(category: staff_only, group: mediators)
      expect(
        attach(Fabricate(:post, topic: Fabricate(:topic, category: staff_only))),
      ).to run_successfully
    end

    it "refuses the case's own post, a post attached already, and one past the limit" do
      reason = ->(result) { result["result.policy.attachable"].reason }
      expect(reason.(attach(mediation_case.post))).to eq(
        I18n.t("discourse_mediation.errors.attached_posts.first_post"),
      )
      expect(attach).to run_successfully
      expect(reason.(attach)).to eq(
        I18n.t("discourse_mediation.errors.attached_posts.already_attached"),
      )
      stub_const("DiscourseMediation::AttachedPost::MAX_PER_CASE", 1) do
        expect(reason.(attach(Fabricate(:post, topic: other_topic)))).to eq(
          I18n.t("discourse_mediation.errors.attached_posts.too_many", count: 1),
        )
      end
      expect(mediation_case.attached_posts.count).to eq(1)
    end

    it "takes posts while mediating and writing the report, never once the report is submitted" do
      escalate(mediation_case)
      expect(attach).to run_successfully
      submit_report(mediation_case)
      expect(attach(Fabricate(:post, topic: other_topic))).to fail_a_policy(:in_state)
    end

    it "refuses a case nobody has claimed yet" do
      waiting = ask_for_help(on: Fabricate(:post, user: author))
      result =
        DiscourseMediation::Case::AttachPost.call(
          params: {
            case_id: waiting.id,
            url: link_to(earlier_post),
            note: "x",
          },
          guardian: moderator.guardian,
        )
      expect(result).to fail_a_policy(:in_state)
    end
  end

  describe DiscourseMediation::Case::DetachPost do
    let!(:attached) { succeed(attach).attached_post }

    it "takes the post off the case and says so on the timeline" do
      expect(detach(attached.id)).to run_successfully
      expect(mediation_case.attached_posts.reload).to be_empty
      expect(mediation_case.events.last.action).to eq("post_detached")
    end

    it "finds only this case's attachments" do
      other_case = claim(ask_for_help(on: Fabricate(:post, user: author)))
      theirs =
        other_case.attached_posts.create!(
          post: Fabricate(:post, topic: other_topic),
          note: "Theirs",
          added_by: mediator,
        )
      expect(detach(theirs.id)).to fail_to_find_a_model(:attached_post)
      expect(detach(-1)).to fail_to_find_a_model(:attached_post)
      expect(theirs.reload).to be_present
    end

    it "refuses others, and anyone once the report is submitted" do
      expect(detach(attached.id, by: other_mediator)).to fail_a_policy(:may_take)
      submit_report(mediation_case)
      expect(detach(attached.id)).to fail_a_policy(:in_state)
      expect(mediation_case.attached_posts.reload).to eq([attached])
    end
  end

  describe "who sees them" do
    before { succeed(attach) }

    def case_page(by: mediator)
      DiscourseMediation::CaseSerializer.new(
        mediation_case.reload,
        scope: by.guardian,
        root: false,
        disclosure:
          DiscourseMediation::CaseDisclosure.new(
            mediation_case,
            by.guardian.mediation_roles_on(mediation_case),
          ),
        history: [],
        mediators: [],
      ).as_json
    end

    it "shows the case page each post with its note, and who attached it" do
      attached = only(case_page[:attached_posts])
      expect(attached).to include(
        post_id: earlier_post.id,
        url: "#{other_topic.relative_url}/#{earlier_post.post_number}",
        topic_title: other_topic.title,
        excerpt: earlier_post.raw,
        note: "Same tone, a week earlier",
      )
      expect(attached[:author][:username]).to eq(author.username)
      expect(attached[:added_by][:username]).to eq(mediator.username)
      expect(case_page[:available_actions]).to include(:attach_post)
      expect(case_page(by: other_mediator)[:available_actions]).not_to include(:attach_post)
    end

    it "has the report cite them, for the voters and for the person concerned alike" do
      cited = {
        url: "#{other_topic.relative_url}/#{earlier_post.post_number}",
        topic_title: other_topic.title,
        post_number: earlier_post.post_number,
        note: "Same tone, a week earlier",
      }
      add_voters(3)
      ballot = open_vote(mediation_case).ballot
      run_enqueued_jobs
      report_post = ballot.reload.topic.first_post
      expect(report_post.raw).to include(
        "[#{other_topic.title}](#{Discourse.base_url}#{cited[:url]})",
        "> Same tone, a week earlier",
      )
      expect(
        DiscourseMediation::BallotView.case_file(mediation_case.reload)[:report][:posts],
      ).to eq([cited])
      page = statement_page(mediation_case)
      expect(page[:report][:posts]).to eq([cited])
      expect(page[:case_file][:report][:posts]).to eq([cited])
    end

    it "names a post in a restricted category, or deleted since, without its title or link to those who read the report" do
      restricted = Fabricate(:category, read_restricted: true)
      CategoryGroup.create!(category: restricted, group: mediators)
      secret_topic =
        Fabricate(:topic, category: restricted, title: "Mediators only: notes on the author")
      succeed(attach(Fabricate(:post, topic: secret_topic), note: "Said among mediators"))
      gone = Fabricate(:post, topic: Fabricate(:topic))
      succeed(attach(gone, note: "Deleted since"))
      gone.topic.update!(deleted_at: Time.zone.now)
      Topic.where(id: gone.topic_id).delete_all

      posts =
        DiscourseMediation::ReportSerializer.new(
          submit_report(mediation_case).report,
          root: false,
        ).as_json[
          :posts
        ]
      expect(posts.map { _1[:topic_title] }).to eq(
        [
          other_topic.title,
          I18n.t("discourse_mediation.restricted_topic"),
          I18n.t("discourse_mediation.deleted_post"),
        ],
      )
      expect(posts.drop(1).map { _1.values_at(:url, :post_number) }).to all(eq([nil, nil]))
      expect(posts.to_json).not_to include(secret_topic.title)
      expect(posts.to_json).not_to include(secret_topic.slug)

      add_voters(3)
      ballot = open_vote(mediation_case).ballot
      run_enqueued_jobs
      raw = ballot.reload.topic.first_post.raw
      expect(raw).not_to include(secret_topic.slug)
      expect(raw).to include("> Said among mediators", "> Deleted since")
      expect(raw).not_to match(/\]\(#{Regexp.escape(Discourse.base_url_no_prefix)}\)/)
    end

    it "puts no banner on the attached post's topic: it stays on the case's own" do
      expect(DiscourseMediation::TopicMediation.new(other_topic).banner(member.guardian)).to be_nil
      expect(
        DiscourseMediation::TopicMediation.new(mediation_case.topic).banner(member.guardian),
      ).to include(in_progress: true)
    end
  end
end
