# frozen_string_literal: true

module DiscourseMediation
  # Writes the private message that tells mediators about a help request. It
  # never names the requester: consent to be named is for the people involved,
  # and the case page (not a message) is where mediators see it.
  class Notices::NewRequest
    def initialize(help_request)
      @help_request = help_request
      @mediation_case = help_request.mediation_case
    end

    # Under the case's row lock, so that two requests arriving together (two
    # jobs at once) make one mediators' message, the second replying to it.
    def notify
      @mediation_case.with_lock do
        SentMessage.once(@mediation_case, "new_request", @help_request.user) do
          topic_id = @mediation_case.mediators_topic_id
          if topic_id && Topic.exists?(id: topic_id)
            reply_to(topic_id)
          else
            open_conversation
          end
        end
      end
    end

    private

    def open_conversation
      recipients = recipients_option
      return if recipients.nil?

      post =
        PostCreator.create!(
          Discourse.system_user,
          title: I18n.t("discourse_mediation.notifications.new_case_title", topic_title:),
          raw: I18n.t("discourse_mediation.notifications.new_case_body", **details),
          archetype: Archetype.private_message,
          subtype: TopicSubtype.system_message,
          skip_validations: true,
          **recipients,
        )
      @mediation_case.update!(mediators_topic_id: post.topic_id)
    end

    # The mediator groups, as a group message. When someone the case is about
    # or with is in those groups, the message goes instead to each of the
    # other members, so that it never reaches them. A group with more members
    # than Discourse lets a message reach (group_pm_user_limit) is left out:
    # core refuses the whole message otherwise, and the job would fail on
    # every retry. Its members see the case in the queue, and the admin
    # dashboard says so.
    def recipients_option
      group_ids = recipient_group_ids.select { |id| self.class.messageable_group?(id) }
      return nil if group_ids.empty?
      if !GroupUser.where(group_id: group_ids, user_id: involved_ids).exists?
        return { target_group_names: Group.where(id: group_ids).pluck(:name).join(",") }
      end
      members = GroupUser.where(group_id: group_ids).select(:user_id)
      usernames = User.real.where(id: members).where.not(id: involved_ids).pluck(:username)
      usernames.empty? ? nil : { target_usernames: usernames.join(",") }
    end

    def involved_ids
      @involved_ids ||= @mediation_case.people.map(&:user_id) + @mediation_case.requester_ids
    end

    def reply_to(topic_id)
      PostCreator.create!(
        Discourse.system_user,
        topic_id:,
        raw:
          I18n.t(
            "discourse_mediation.notifications.joined_case_body",
            request_count: @mediation_case.help_requests.count,
            **details,
          ),
        skip_validations: true,
      )
      invite_moderators(topic_id) if @help_request.urgent?
    end

    # An urgent request brings the moderators in: as a group, or, when one
    # of them is someone the case is about or with, each of the others.
    def invite_moderators(topic_id)
      moderators = Group.find_by(id: Group::AUTO_GROUPS[:moderators])
      topic = Topic.find(topic_id)
      return if moderators.blank? || topic.allowed_groups.include?(moderators)
      member_ids = GroupUser.where(group_id: moderators.id).pluck(:user_id)
      if (member_ids & involved_ids).empty? && self.class.messageable_group?(moderators.id)
        return topic.invite_group(Discourse.system_user, moderators)
      end
      User
        .real
        .where(id: member_ids - involved_ids)
        .find_each do |moderator|
          topic.invite(Discourse.system_user, moderator.username)
        rescue Topic::UserExists, Topic::NotAllowed
          next
        end
    end

    def self.messageable_group?(group_id)
      GroupUser.where(group_id:).count <= SiteSetting.group_pm_user_limit
    end

    def recipient_group_ids
      ids = SiteSetting.mediation_mediator_groups_map
      ids += [Group::AUTO_GROUPS[:moderators]] if @mediation_case.urgent
      Group.where(id: ids.uniq).pluck(:id)
    end

    def topic_title
      @mediation_case.topic_title
    end

    # "This breaks an item of the published list: Threats and intimidation"
    def kind_text
      text = I18n.t("discourse_mediation.notifications.kinds.#{@help_request.kind}")
      behaviour = @help_request.behaviour_key && Behaviour.find_by(key: @help_request.behaviour_key)
      behaviour ? "#{text}: #{behaviour.title}" : text
    end

    def details
      message = @help_request.message.presence
      case_url = "#{Discourse.base_url}/mediation/cases/#{@mediation_case.id}"
      {
        # The mediators cannot open a private message: the case page shows it.
        **Notices::Conduct.body_values(
          @mediation_case,
          post_url: @mediation_case.private_message? ? case_url : @help_request.post&.full_url.to_s,
        ),
        case_url:,
        kind: kind_text,
        message:
          (
            if message
              Markdown.quote(message)
            else
              I18n.t("discourse_mediation.notifications.no_message")
            end
          ),
      }
    end
  end
end
