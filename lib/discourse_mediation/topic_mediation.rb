# frozen_string_literal: true

module DiscourseMediation
  # The plugin's part of a topic view: whether a mediator is working in the
  # topic (the banner) and whether the topic is a report with a ballot above
  # it. One indexed query per topic view answers both; the records are loaded
  # only for the rare topic that has either. plugin.rb keeps one per TopicView,
  # so both serializer fields share it.
  class TopicMediation
    LOOKUP = <<~SQL
      SELECT
        (SELECT id FROM discourse_mediation_cases
          WHERE topic_id = :topic_id AND state = 'mediating' LIMIT 1) AS case_id,
        (SELECT id FROM discourse_mediation_ballots
          WHERE topic_id = :topic_id LIMIT 1) AS ballot_id
    SQL

    def initialize(topic)
      @topic_id = topic&.id
      @ids =
        # No banner on a private message: it would tell its other party that
        # someone asked.
        if topic && SiteSetting.mediation_enabled && !topic.private_message?
          MediationCase.connection.select_one(
            MediationCase.sanitize_sql_array([LOOKUP, { topic_id: topic.id }]),
          )
        else
          {}
        end
    end

    # `MediationTopicState` in lib/types/, or nil when nobody is mediating.
    # A topic may have a case per person concerned: a mediator sees the banner
    # of the one they mediate, so that "Post as mediator" speaks for it.
    def banner(guardian)
      return nil if @ids["case_id"].nil?
      cases = MediationCase.where(topic_id: @topic_id, state: "mediating").order(:id).to_a
      mine =
        guardian.user &&
          cases.find { |mediation_case| mediation_case.mediator_id == guardian.user.id }
      TopicBanner.for_case(mine || cases.first, guardian)
    end

    # The ballot above a report topic, sent with the topic (`BallotState` as
    # this reader sees it): no second request. Nil for those who may not see it.
    def ballot(guardian)
      ballot = @ids["ballot_id"] && Ballot.find_by(id: @ids["ballot_id"])
      BallotView.for(ballot, guardian.user) if ballot && guardian.can_see_mediation_ballot?(ballot)
    end
  end
end
