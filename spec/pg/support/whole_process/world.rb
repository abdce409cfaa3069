# frozen_string_literal: true

module WholeProcess
  # The people of one site, made once for every sequence: members who ask,
  # the person concerned, mediators, moderators, voters and an appeal group.
  # Some hold two parts (a mediator who votes, a moderator who votes, a voter
  # in the appeal group), since those are the people an attacker would use.
  class World
    ROLES = {
      members: %i[member0 member1],
      subject: %i[author],
      mediators: %i[mediator0 mediator1 voting_mediator],
      moderators: %i[moderator0 moderator1 moderator2 voting_moderator],
      voters: %i[voter0 voter1 voter2 voter3 voter4 voter5 voting_mediator voting_moderator],
      appeal_voters: %i[appealer0 appealer1 appealer2 appealer3 voter0],
    }.freeze

    attr_reader :groups, :post

    def initialize
      @groups = {
        mediators: Fabricate(:group),
        voters: Fabricate(:group),
        appeal: Fabricate(:group),
      }
      @ids = {}
      everyone_names.each { |name| @ids[name] = make(name).id }
      @post = Fabricate(:post, user: User.find(@ids[:author]))
    end

    def configure!
      SiteSetting.mediation_mediator_groups = @groups[:mediators].id.to_s
      SiteSetting.mediation_voter_groups = @groups[:voters].id.to_s
      SiteSetting.mediation_appeal_groups = @groups[:appeal].id.to_s
      SiteSetting.mediation_reports_category = Fabricate(:category, read_restricted: true).id
    end

    def everyone_names
      ROLES.values.flatten.uniq
    end

    def id(name)
      @ids.fetch(name)
    end

    def name_of(user_id)
      @ids.key(user_id)
    end

    # The user as the database has them now: a sequence rolls back what it did.
    def user(name)
      User.find(@ids.fetch(name))
    end

    def ids(role)
      ROLES.fetch(role).map { @ids.fetch(_1) }
    end

    private

    def make(name)
      kind = ROLES[:moderators].include?(name) ? :moderator : :member
      groups = []
      groups << @groups[:mediators] if ROLES[:mediators].include?(name)
      groups << @groups[:voters] if ROLES[:voters].include?(name)
      groups << @groups[:appeal] if ROLES[:appeal_voters].include?(name)
      # Everyone holds the trust-level groups of a real account (:member does
      # already; core's :moderator only when asked).
      Fabricate(kind, groups:, refresh_auto_groups: true)
    end
  end
end
